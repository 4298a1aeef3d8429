"""Open URLs over HTTP and HTTPS through the host's network policy, as CPython 3.11's urlopen does.

urlopen(url_or_Request, data=None, timeout=None) sends the request through the host (module
_hostnet), which decides it by the session's network policy before any connection, follows
redirects itself (each hop checked again; 301/302/303 turn a POST into a GET) and returns the
whole response. It returns an HTTPResponse for a 2xx status and raises HTTPError for any other
(as CPython does once its redirect handling is done). A refused request raises URLError whose
.reason is a PermissionError naming the origin and why; timeouts, connection failures,
responses over the policy's byte cap and too many redirects raise URLError too (see
urllib.error).

Request(url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None)
behaves as in CPython (full_url, type, host, selector, data, add_header, get_header,
has_header, remove_header, header_items, get_method, add_unredirected_header). Like CPython,
urlopen adds Content-type (for data), Content-length, Host and User-agent
(Python-urllib/3.11) as unredirected headers; the host sets Host, Content-Length and
Connection itself. cafile, capath, cadefault and context are accepted and ignored: TLS is the
host JVM's, with its certificate checks.

Left out: openers and handlers (build_opener, install_opener, the *Handler classes, proxies,
cookies, authentication handlers), urlretrieve, file:, ftp: and data: URLs (the policy allows
only http and https).
"""

import _hostnet
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlparse, urlsplit, urljoin, unwrap, quote, unquote, unquote_to_bytes,
                          urlunparse, _splittype, _splithost, _splittag)
from urllib.response import addinfourl, HTTPResponse, HTTPMessage, Body

__version__ = '3.11'

_GLOBAL_DEFAULT_TIMEOUT = object()

USER_AGENT = 'Python-urllib/%s' % __version__


def _capitalize(text):
    return text[:1].upper() + text[1:].lower()


def _title(text):
    # str.title() for header names (MicroPython has no str.title).
    out = []
    in_word = False
    for c in text:
        if c.isalpha():
            out.append(c.lower() if in_word else c.upper())
            in_word = True
        else:
            out.append(c)
            in_word = False
    return ''.join(out)


def request_host(request):
    """Return request-host, as defined by RFC 2965 (lowercased, port cut)."""
    url = request.full_url
    host = urlparse(url)[1]
    if host == "":
        host = request.get_header("Host", "")
    colon = host.rfind(':')
    if colon >= 0 and colon < len(host) - 1 and all(c in '0123456789' for c in host[colon + 1:]):
        host = host[:colon]
    return host.lower()


class Request:
    """An HTTP request: URL, body, headers and method, as CPython's urllib.request.Request."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, self.fragment = _splittag(self._full_url)
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        """Return a string indicating the HTTP request method."""
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[_capitalize(key)] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[_capitalize(key)] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = dict(self.unredirected_hdrs)
        hdrs.update(self.headers)
        return list(hdrs.items())


def _body(data):
    # The request body as bytes; http.client accepts bytes, files and iterables of bytes.
    if data is None:
        return None
    if isinstance(data, str):
        raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. "
                        "It cannot be of type str.")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    if hasattr(data, 'read'):
        content = data.read()
        if isinstance(content, str):
            import _textcodec
            content = _textcodec.encode(content, 'latin-1')
        return bytes(content)
    try:
        return b''.join([bytes(chunk) for chunk in data])
    except TypeError:
        raise TypeError("data should be a bytes-like object or an iterable, got %r" % type(data))


def _failure(failure):
    if failure.kind == 'refused':
        return URLError(_hostnet.PermissionError(failure.message))
    if failure.kind == 'timeout':
        return URLError(_hostnet.TimeoutError(failure.message))
    if failure.kind == 'connection':
        return URLError(_hostnet.ConnectionError(failure.message))
    return URLError(failure.message)


def urlopen(url, data=None, timeout=_GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None,
            cadefault=False, context=None):
    """Open url (a str or a Request) and return its response; see the module's docstring."""
    if isinstance(url, str):
        req = Request(url, data)
    else:
        req = url
        if data is not None:
            req.data = data
    req.timeout = timeout
    body = _body(req.data)
    if req.data is not None:
        if not req.has_header('Content-type'):
            req.add_unredirected_header('Content-type', 'application/x-www-form-urlencoded')
        if not req.has_header('Content-length') and not req.has_header('Transfer-encoding'):
            req.add_unredirected_header('Content-length', '%d' % len(body))
    if not req.has_header('Host') and req.host:
        req.add_unredirected_header('Host', req.host)
    if not req.has_header('User-agent'):
        req.add_unredirected_header('User-agent', USER_AGENT)
    headers = dict(req.unredirected_hdrs)
    for key, value in req.headers.items():
        if key not in headers:
            headers[key] = value
    headers = [(_title(name), str(value)) for name, value in headers.items()]
    seconds = None if timeout is _GLOBAL_DEFAULT_TIMEOUT else _hostnet.check_timeout(timeout)
    try:
        reply = _hostnet.send(req.get_method(), req._full_url, headers, body, seconds)
    except _hostnet.Failure as failure:
        raise _failure(failure)
    reason = _hostnet.REASONS.get(reply.status, '')
    message = HTTPMessage(reply.headers)
    if 200 <= reply.status < 300:
        return HTTPResponse(Body(reply.body), message, reply.url, reply.status, reason)
    raise HTTPError(reply.url, reply.status, reason, message, Body(reply.body))
