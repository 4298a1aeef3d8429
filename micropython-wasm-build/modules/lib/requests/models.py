"""Request, PreparedRequest and Response, as in requests 2.31 (the parts listed in requests/__init__)."""

import json as _json

import _textcodec
from urllib.parse import urlencode, urlsplit, quote

from requests.auth import HTTPBasicAuth
from requests.exceptions import (HTTPError, InvalidHeader, InvalidURL, JSONDecodeError,
                                 MissingSchema)
from requests.structures import CaseInsensitiveDict

_UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _is_iterable(value):
    try:
        iter(value)
    except TypeError:
        return False
    return True


def _to_key_val_list(value):
    if value is None:
        return None
    if isinstance(value, (str, bytes, bool, int)):
        raise ValueError("cannot encode objects that are not 2-tuples")
    if hasattr(value, "items"):
        value = value.items()
    return list(value)


def _encode_params(data):
    # str, bytes and files go as they are; dicts and lists of pairs are form-encoded.
    if isinstance(data, (str, bytes)) or hasattr(data, "read"):
        return data
    if _is_iterable(data):
        result = []
        for k, vs in _to_key_val_list(data):
            if isinstance(vs, (str, bytes)) or not _is_iterable(vs):
                vs = [vs]
            for v in vs:
                if v is not None:
                    result.append((k.encode() if isinstance(k, str) else k,
                                   v.encode() if isinstance(v, str) else v))
        return urlencode(result, doseq=True)
    return data


def _unquote_unreserved(uri):
    parts = uri.split("%")
    for i in range(1, len(parts)):
        h = parts[i][0:2]
        if len(h) == 2 and h[0] in _ALNUM and h[1] in _ALNUM:
            try:
                c = chr(int(h, 16))
            except ValueError:
                raise InvalidURL("Invalid percent-escape sequence: '%s'" % h)
            if c in _UNRESERVED:
                parts[i] = c + parts[i][2:]
            else:
                parts[i] = "%" + parts[i]
        else:
            parts[i] = "%" + parts[i]
    return "".join(parts)


def requote_uri(uri):
    """Re-quote the given URI: unreserved characters unquoted, illegal ones quoted (requests.utils)."""
    try:
        return quote(_unquote_unreserved(uri), safe="!#$%&'()*+,/:;=?@[]~")
    except InvalidURL:
        return quote(uri, safe="!#$&'()*+,/:;=?@[]~")


def get_encoding_from_headers(headers):
    """The encoding a response's Content-Type names, as requests.utils does."""
    content_type = headers.get("content-type")
    if not content_type:
        return None
    parts = content_type.split(";")
    media = parts[0].strip()
    for param in parts[1:]:
        key, eq, value = param.strip().partition("=")
        if key.strip().lower() == "charset" and eq:
            return value.strip().strip("'\"")
    if "text" in media:
        return "ISO-8859-1"
    if "application/json" in media:
        return "utf-8"
    return None


def _check_header_part(part, kind):
    # requests' rules: a name starts with neither ':' nor whitespace and has no ':', CR or LF;
    # a value is empty or starts with a non-space and has no CR or LF.
    forbidden = ":\r\n" if kind == "name" else "\r\n"
    valid = (part != "" or kind == "value") and not any(c in forbidden for c in part) and not (
        part and (part[0].isspace() or part[0] == ":"))
    if not valid:
        raise InvalidHeader("Invalid leading whitespace, reserved character(s), or return "
                            "character(s) in header %s: %r" % (kind, part))


class Request:
    """A user-created request, turned into a PreparedRequest by prepare() (or Session.request)."""

    def __init__(self, method=None, url=None, headers=None, files=None, data=None, params=None,
                 auth=None, cookies=None, hooks=None, json=None):
        self.method = method
        self.url = url
        self.headers = {} if headers is None else headers
        self.files = files
        self.data = [] if data is None else data
        self.params = {} if params is None else params
        self.auth = auth
        self.cookies = cookies
        self.hooks = {"response": []} if hooks is None else hooks
        self.json = json

    def __repr__(self):
        return "<Request [%s]>" % self.method

    def prepare(self):
        p = PreparedRequest()
        p.prepare(method=self.method, url=self.url, headers=self.headers, files=self.files,
                  data=self.data, json=self.json, params=self.params, auth=self.auth,
                  cookies=self.cookies, hooks=self.hooks)
        return p


class PreparedRequest:
    """The exact method, URL, headers and body to be sent."""

    def __init__(self):
        self.method = None
        self.url = None
        self.headers = None
        self.body = None
        self.hooks = {"response": []}

    def __repr__(self):
        return "<PreparedRequest [%s]>" % self.method

    def prepare(self, method=None, url=None, headers=None, files=None, data=None, params=None,
                auth=None, cookies=None, hooks=None, json=None):
        if files:
            raise NotImplementedError("multipart uploads (files=) are not supported here")
        self.prepare_method(method)
        self.prepare_url(url, params)
        self.prepare_headers(headers)
        self.prepare_cookies(cookies)
        self.prepare_body(data, json)
        self.prepare_auth(auth)
        if hooks:
            self.hooks = hooks

    def prepare_method(self, method):
        self.method = method
        if self.method is not None:
            self.method = self.method.upper()

    def prepare_url(self, url, params):
        if isinstance(url, bytes):
            url = url.decode()
        else:
            url = str(url)
        url = url.lstrip()
        if ":" in url and not url.lower().startswith("http"):
            self.url = url  # not HTTP: the host's policy refuses it
            return
        try:
            parts = urlsplit(url)
        except ValueError as e:
            raise InvalidURL(str(e))
        if not parts.scheme:
            raise MissingSchema("Invalid URL %r: No scheme supplied. Perhaps you meant https://%s?"
                                % (url, url))
        if not parts.netloc:
            raise InvalidURL("Invalid URL %r: No host supplied" % url)
        enc_params = _encode_params(params) if params else ""
        if isinstance(enc_params, bytes):
            enc_params = enc_params.decode()
        query = parts.query
        if enc_params:
            query = query + "&" + enc_params if query else enc_params
        userinfo, at, hostport = parts.netloc.rpartition("@")
        url = parts.scheme + "://" + userinfo + at + hostport.lower() + (parts.path or "/")
        if query:
            url = url + "?" + query
        if parts.fragment:
            url = url + "#" + parts.fragment
        self.url = requote_uri(url)

    def prepare_headers(self, headers):
        self.headers = CaseInsensitiveDict()
        if headers:
            for name, value in headers.items():
                for part in (name, value):
                    if not isinstance(part, (str, bytes)):
                        raise InvalidHeader("Header part (%r) from %r must be of type str or bytes, not %s"
                                            % (part, (name, value), type(part)))
                if isinstance(name, bytes):
                    name = _textcodec.decode(name, "latin-1")
                if isinstance(value, bytes):
                    value = _textcodec.decode(value, "latin-1")
                _check_header_part(name, "name")
                _check_header_part(value, "value")
                self.headers[name] = value

    def prepare_cookies(self, cookies):
        if cookies:
            pairs = ["%s=%s" % (k, v) for k, v in cookies.items()]
            self.headers["Cookie"] = "; ".join(pairs)

    def prepare_body(self, data, json=None):
        body = None
        content_type = None
        if not data and json is not None:
            content_type = "application/json"
            body = _json.dumps(json)
            if not isinstance(body, bytes):
                body = body.encode()
        elif data:
            body = _encode_params(data)
            if isinstance(data, (str, bytes)) or hasattr(data, "read"):
                content_type = None
            else:
                content_type = "application/x-www-form-urlencoded"
        if hasattr(body, "read"):
            body = body.read()
        if content_type and "content-type" not in self.headers:
            self.headers["Content-Type"] = content_type
        self.body = body

    def prepare_auth(self, auth):
        if auth:
            if isinstance(auth, (tuple, list)) and len(auth) == 2:
                auth = HTTPBasicAuth(*auth)
            auth(self)

    def copy(self):
        p = PreparedRequest()
        p.method = self.method
        p.url = self.url
        p.headers = self.headers.copy() if self.headers is not None else None
        p.body = self.body
        p.hooks = self.hooks
        return p


class Response:
    """The server's response to an HTTP request."""

    def __init__(self):
        self._content = b""
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.cookies = {}
        self.request = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return "<Response [%s]>" % self.status_code

    def __bool__(self):
        return self.ok

    def __iter__(self):
        return self.iter_content(128)

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return "location" in self.headers and self.status_code in (301, 302, 303, 307, 308)

    @property
    def is_permanent_redirect(self):
        return "location" in self.headers and self.status_code in (301, 308)

    @property
    def apparent_encoding(self):
        return "utf-8"

    @property
    def content(self):
        return self._content

    @property
    def text(self):
        if not self._content:
            return ""
        encoding = self.encoding or self.apparent_encoding
        try:
            return _textcodec.decode(self._content, encoding, "replace")
        except LookupError:
            return _textcodec.decode(self._content, "utf-8", "replace")

    def json(self, **kwargs):
        try:
            return _json.loads(self.text)
        except ValueError as e:
            raise JSONDecodeError(str(e))

    def iter_content(self, chunk_size=1, decode_unicode=False):
        data = self.text if decode_unicode else self._content
        if chunk_size is None:
            chunk_size = max(1, len(data))
        for start in range(0, len(data), chunk_size):
            yield data[start:start + chunk_size]

    def iter_lines(self, chunk_size=512, decode_unicode=False, delimiter=None):
        data = self.text if decode_unicode else self._content
        if delimiter is not None:
            lines = data.split(delimiter)
        else:
            lines = data.splitlines()
        for line in lines:
            yield line

    def raise_for_status(self):
        http_error_msg = ""
        reason = self.reason
        if isinstance(reason, bytes):
            reason = _textcodec.decode(reason, "utf-8", "replace")
        if 400 <= self.status_code < 500:
            http_error_msg = "%s Client Error: %s for url: %s" % (self.status_code, reason, self.url)
        elif 500 <= self.status_code < 600:
            http_error_msg = "%s Server Error: %s for url: %s" % (self.status_code, reason, self.url)
        if http_error_msg:
            raise HTTPError(http_error_msg, response=self)

    def close(self):
        pass
