# urllib.parse: every documented function, checked against CPython 3.11's output.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          urlencode, quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, parse_qs, parse_qsl, ParseResult, SplitResult)


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except UnicodeError:
        print(label, "raises UnicodeError")  # CPython's subclasses (UnicodeEncodeError, ...) are not in MicroPython
    except ValueError as e:
        print(label, "raises ValueError:", e)
    except (TypeError, LookupError) as e:
        print(label, "raises", type(e).__name__)


URLS = [
    "http://user:pw@www.Example.COM:8080/a/b;p?q=1&r=2#frag",
    "https://example.com",
    "HTTPS://EXAMPLE.com/",
    "http://[::1]:80/x",
    "http://[fe80::1%25eth0]/",
    "http://[v1.fe]/",
    "//netloc/path",
    "/just/a/path?x#y",
    "mailto:someone@example.com",
    "file:///etc/passwd",
    "path;params?q",
    "ftp://ftp.example.com/pub;type=d",
    " \t http://strip.example/\nin\r",
    "http://h/p#f?notquery",
    "http://h:/p",
    "http://h:abc/",
    "http://h:99999/",
    "http://@h/",
    "http://u@h/",
    "http://u:@h/",
    "tel:+1-816-555-1212",
    "1http://x/",
    "a+b.c-d:rest",
    "sip:alice@atlanta.com;transport=tcp",
    "",
]
for url in URLS:
    p = urlparse(url)
    print(repr(url))
    print("  ", p)
    print("  ", urlsplit(url))
    try:
        port = p.port
    except ValueError as e:
        port = "ValueError: %s" % e
    print("  ", p.hostname, port, p.username, p.password)
    print("  ", p.geturl(), urlunparse(p), urlunsplit(urlsplit(url)))

for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[zz]/", "http://x[::1]/",
            "http://[::1]x/", "http://[vz.1]/", "http://[::1::2]/", "http://[1:2:3:4:5:6:7:8:9]/",
            "http://[::ffff:1.2.3.4]/", "http://[1:2:3:4:5:6:1.2.3.4]/", "http://[::01.2.3.4]/"]:
    show(bad, urlsplit, bad)

print(urlparse("www.example.com/x", scheme="https"))
print(urlparse("http://h/p#f", allow_fragments=False))
print(urlsplit("http://h/p?q#f", "ftp", False))
r = urlparse("http://h/p?q=1")
print(r._replace(scheme="https", query="").geturl(), r.scheme, r[2], len(r), tuple(r) == r)
print(ParseResult("https", "h", "/", "", "", "").geturl(), SplitResult("", "", "p", "q", "").geturl())
print(urlparse(b"http://u@H:81/p;a?q#f"))
print(urlparse(b"http://u@H:81/p").hostname, urlparse(b"http://u@H:81/p").port)
print(urlparse("http://h/p").encode(), urlsplit(b"http://h/").decode())
show("mixed", urljoin, "http://h/", b"x")
print(urlunparse(("http", "h", "p", "a", "q", "f")), urlunsplit(("", "", "//x", "", "")))
print(urlunsplit(("http", "", "p", "", "")), urlunsplit(("mailto", "", "x@y", "", "")))

BASE = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
            "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
            "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x",
            "g#s/./x", "g#s/../x", "http:g", "https:g", "a//b", "../../../../../a"]:
    print(repr(rel), urljoin(BASE, rel))
print(urljoin("http://a/b/", "c"), urljoin("", "c"), urljoin("http://a", ""), urljoin("http:a", "b"))
print(urljoin("http://a/b", "https://c/d"), urljoin("ftp://a/b/", "../c"), urljoin("mailto:a", "b"))
print(urljoin(b"http://a/b/c", b"../d"), urljoin("http://a/b#x", "#y", allow_fragments=False))
print(urldefrag("http://a/b#frag"), urldefrag("http://a/b"), urldefrag(b"x#y"))
print(urldefrag("http://a/b#frag").geturl(), urldefrag("http://a/b#frag").url)

for s in ["abc def", "a/b c", "", "~user_name.x-y", "é€😀", "a+b=c&d", "/:?#[]@!$&'()*+,;=%"]:
    print(s, "|", quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/+"))
print(quote("a b", safe=b"/ "), quote(b"a\xffb"), quote_from_bytes(b"abc def\x3f"), quote("é", encoding="latin-1"))
print(quote("aé", encoding="ascii", errors="replace"), quote("aé", encoding="ascii", errors="ignore"))
show("quote-strict", quote, "é", encoding="ascii")
show("quote-bytes-encoding", quote, b"x", encoding="utf-8")
show("quote-from-str", quote_from_bytes, "x")
show("quote-unknown", quote, "é", encoding="no-such-codec")
print(quote("ab", safe="é"), quote_plus(b"a b+c"), quote_plus("a b", safe=b"x"))

for s in ["abc%20def", "%7e/abc+def", "%", "%2", "%zz", "%E2%82%AC", "%E2%82", "%C3é%A9", "a%ffb",
          "%F0%9F%98%80", "%ED%A0%80", "%C0%80", "%E0%80%80", "%F4%90%80%80", "é%20", "%e2%82%ac", "+%2B"]:
    # str, not repr: MicroPython's repr escapes every non-ASCII character
    print(s, "|", unquote(s), "|", unquote_plus(s), "|", repr(unquote_to_bytes(s)))
print(unquote("%E9", encoding="latin-1"), repr(unquote("%E9x", errors="ignore")), repr(unquote(b"a%20b")))
show("unquote-strict", unquote, "%FF", errors="strict")
print(repr(unquote_to_bytes(b"%41%4")), repr(unquote_to_bytes("")), repr(unquote("")))

for qs in ["a=1&b=2&a=3", "a=&b", "a=1;b=2", "=x&y=", "a+b=c+d&%41=%42", "&&a=1&&", "a=1=2", ""]:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), sorted(parse_qs(qs).items()),
          sorted(parse_qs(qs, keep_blank_values=True).items()))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(b"a=1&b=%20"), parse_qs(b"x=y"))
show("strict", parse_qsl, "a&b=1", strict_parsing=True)
show("strict-empty", parse_qsl, "a=1&&b=1", strict_parsing=True)
show("max", parse_qsl, "a=1&b=2&c=3", max_num_fields=2)
print(parse_qsl("a=1&b=2", max_num_fields=2))
show("separator", parse_qsl, "a=1", separator="")
print(parse_qsl("a=%E9", encoding="latin-1")[0][1], parse_qsl("a=%FF")[0][1])

print(urlencode([("a", 1), ("b", "x y"), ("c", b"\xff"), (b"d", "é")]))
print(urlencode({"k": "v w"}), urlencode({"k": [1, 2]}), urlencode({"k": [1, 2]}, doseq=True))
print(urlencode([("k", ("a", b"b", 3)), ("s", "str"), ("n", None), ("b", b"by")], doseq=True))
print(urlencode([("a", "/b c")], safe="/"), urlencode([("a", "/b c")], quote_via=quote))
print(urlencode([("a", "é")], encoding="latin-1"), urlencode([]), urlencode({}))
show("urlencode-str", urlencode, "abc")
show("urlencode-list", urlencode, ["a", "b"])
show("urlencode-int", urlencode, 5)
