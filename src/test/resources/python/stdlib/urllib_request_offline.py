# urllib.request's Request and urllib.error's exceptions, without a network: checked against CPython 3.11.
import io
import urllib.error
import urllib.request
import urllib.response
from urllib.request import Request

r = Request("http://www.Example.com:8080/path/x?q=1#frag")
print(r.full_url, r.type, r.host, r.selector, r.fragment, r.get_method(), r.data, r.origin_req_host)
print(r.get_full_url(), r.has_proxy(), r.unverifiable)
r.add_header("content-TYPE", "text/plain")
r.add_unredirected_header("x-custom", "1")
print(r.has_header("Content-type"), r.has_header("content-type"), r.get_header("Content-type"))
print(r.get_header("X-custom"), r.get_header("Missing", "dflt"), sorted(r.header_items()))
r.remove_header("Content-type")
print(sorted(r.header_items()))
r.data = b"abc"
print(r.get_method(), r.data)
r.add_header("Content-length", "3")
r.data = b"abcd"
print(r.has_header("Content-length"))
r.full_url = "https://other.example/p"
print(r.full_url, r.host, r.selector, r.type, r.fragment)
print(Request("http://h/", method="PATCH").get_method(), Request("http://h/", data=b"", method=None).get_method())
print(sorted(Request("http://h/", headers={"user-agent": "me", "ACCEPT": "*/*"}).header_items()))
print(Request("<URL:http://wrapped.example/>").full_url, Request("http://u:p@h:1/").host)
for bad in ["no-scheme", "/just/path", ""]:
    try:
        Request(bad)
    except ValueError as e:
        print("ValueError", e)

e = urllib.error.URLError("boom")
print(e, e.reason, isinstance(e, OSError), e.args)
e = urllib.error.URLError(OSError("inner"))
print(e, type(e.reason).__name__)
hdrs = {"Content-Type": "text/plain"}
h = urllib.error.HTTPError("http://h/x", 404, "Not Found", hdrs, io.BytesIO(b"gone"))
print(h, repr(h), h.code, h.reason, h.msg, h.headers is hdrs, h.read(), h.geturl(), h.getcode(), h.status)
print(isinstance(h, urllib.error.URLError), isinstance(h, OSError), isinstance(h, urllib.response.addinfourl))
h = urllib.error.HTTPError("http://h/y", 500, "Oops", None, None)
print(h, h.code, h.reason)
try:
    urllib.request.urlopen("http://h/", data="text body")
except TypeError as e:
    print("TypeError", e)
resp = urllib.response.addinfourl(io.BytesIO(b"line1\nline2\n"), {"k": "v"}, "http://h/", 200)
print(resp.status, resp.code, resp.getcode(), resp.geturl(), resp.info(), resp.readline(), resp.read())
with urllib.response.addinfourl(io.BytesIO(b"a\nb"), {}, "u") as f:
    print(f.readlines(), f.code)
