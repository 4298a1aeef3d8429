# requests without a network: preparing requests, responses built by hand, exceptions, structures;
# checked against the real requests package under CPython.
import requests
from requests.structures import CaseInsensitiveDict

p = requests.Request("get", "http://Example.com/a b?x=1#f", params={"q": "v w", "n": [1, 2], "skip": None}).prepare()
print(p.method, p.url, p.body)
p = requests.Request("POST", "https://h/p", data={"a": "1", "b": ["x", "y"]}).prepare()
print(p.url, p.body, p.headers["Content-Type"])
p = requests.Request("POST", "https://h/p", json={"k": [1, 2]}).prepare()
print(p.body, p.headers["content-type"])
p = requests.Request("PUT", "https://h/p", data="raw text", json={"ignored": 1}).prepare()
print(p.body, p.headers.get("Content-Type"))
p = requests.Request("PUT", "https://h/p", data=b"\x00\x01", headers={"Content-Type": "application/x-bin"}).prepare()
print(p.body, p.headers["Content-Type"])
p = requests.Request("GET", "https://h/p", data=[("a", "1"), ("a", "2")]).prepare()
print(p.body)
p = requests.Request("GET", "https://h/p?a=1", params=[("b", "2")], auth=("user", "pässword")).prepare()
print(p.url, p.headers["Authorization"])
p = requests.Request("GET", "https://h/p", params="raw=1&x=%20", cookies={"c": "1"}).prepare()
print(p.url, p.headers["Cookie"])
p = requests.Request("GET", "https://h/%7Euser/%41%zz").prepare()
print(p.url)
print(requests.Request("GET", "https://h/").prepare().url, requests.Request("GET", "http://h").prepare().url)
print(repr(requests.Request("GET", "https://h/")), repr(requests.Request("delete", "https://h/").prepare()))

for url in ["example.com/x", "http://", "http:///path"]:
    try:
        requests.Request("GET", url).prepare()
    except requests.exceptions.MissingSchema as e:
        print("MissingSchema", e)
    except requests.exceptions.InvalidURL as e:
        print("InvalidURL", e)
for headers in [{"X": 1}, {"X": " leading"}, {"X": "a\nb"}, {"X:Y": "v"}]:
    try:
        requests.Request("GET", "https://h/", headers=headers).prepare()
    except requests.exceptions.InvalidHeader as e:
        print("InvalidHeader", e)

s = requests.Session()
s.headers.update({"X-Session": "1", "Accept": "application/json"})
s.params = {"token": "t"}
p = s.prepare_request(requests.Request("get", "https://h/p", headers={"X-Req": "2", "X-Session": None}, params={"q": "1"}))
print(p.url, p.headers.get("X-Session"), p.headers["X-Req"], p.headers["accept"], p.headers["User-Agent"][:16])
print(sorted(k.lower() for k in requests.sessions.default_headers() if k.lower() in ("user-agent", "accept")))

r = requests.Response()
r.status_code = 404
r.reason = "Not Found"
r.url = "https://h/missing"
r._content = '{"error": "nope", "n": 1.5}'.encode()
r.headers = CaseInsensitiveDict({"Content-Type": "application/json"})
print(r, bool(r), r.ok, r.json()["error"], r.json()["n"], r.text, r.content)
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print(type(e).__name__, e, e.response is r, isinstance(e, requests.RequestException), isinstance(e, OSError))
r.status_code = 503
r.reason = "Service Unavailable"
try:
    r.raise_for_status()
except requests.exceptions.HTTPError as e:
    print(e)
r.status_code = 302
print(r.ok, r.is_redirect, list(r.iter_content(8))[:2], list(r.iter_lines()))
r._content = b"not json"
try:
    r.json()
except ValueError as e:
    print("ValueError", isinstance(e, requests.exceptions.JSONDecodeError))
r._content = "caf\xe9 \u20ac".encode("utf-8")
r.encoding = "utf-8"
print(r.text)
r.encoding = "ISO-8859-1"
print(r.text == "caf\xc3\xa9 \xe2\x82\xac")
r._content = b"ok\xff"
r.encoding = "utf-8"
print(r.text == "ok\ufffd")

d = CaseInsensitiveDict({"Content-Type": "a"})
d["content-type"] = "b"
d["X-One"] = "1"
print(d["CONTENT-TYPE"], list(d), len(d), "x-one" in d, d.get("missing"), d == {"content-type": "b", "x-one": "1"})
del d["X-ONE"]
print(sorted(d.items()), sorted(d.lower_items()), d.copy() == d, d.pop("Content-Type"), len(d))

print(requests.codes.ok, requests.codes.not_found, requests.codes["teapot"], requests.codes.OK)
for name in ["ConnectionError", "Timeout", "ReadTimeout", "ConnectTimeout", "TooManyRedirects", "HTTPError",
             "MissingSchema", "InvalidURL", "InvalidHeader", "InvalidSchema"]:
    cls = getattr(requests.exceptions, name)
    print(name, issubclass(cls, requests.exceptions.RequestException), issubclass(cls, OSError))
print(issubclass(requests.ReadTimeout, requests.Timeout), issubclass(requests.ConnectTimeout, requests.Timeout))
e = requests.exceptions.ConnectionError("boom", request="req")
print(e, e.request, e.response)
