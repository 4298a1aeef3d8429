"""Session: default headers, params and auth shared by its requests (requests.sessions).

Not kept from requests: cookie persistence (Set-Cookie values are in Response.cookies but a
Session does not send them back), adapters and mounting, proxies and client certificates,
environment settings. Redirects are followed by the host, which also enforces its own hop
limit; Session.max_redirects is kept for compatibility and ignored.
"""

import _hostnet

from requests.exceptions import (ConnectionError, ReadTimeout, RequestException,
                                 TooManyRedirects)
from requests.models import PreparedRequest, Request, Response, get_encoding_from_headers
from requests.structures import CaseInsensitiveDict

__version__ = "2.31.0"


def default_headers():
    """The headers every Session starts with."""
    return CaseInsensitiveDict({
        "User-Agent": "python-requests/%s" % __version__,
        "Accept": "*/*",
    })


def _merge(request_setting, session_setting):
    # The request's dict over the session's; a None value in the request removes the key.
    if session_setting is None:
        return request_setting
    if request_setting is None:
        return session_setting
    if not (hasattr(request_setting, "items") and hasattr(session_setting, "items")):
        return request_setting
    if isinstance(session_setting, CaseInsensitiveDict):
        merged = CaseInsensitiveDict(session_setting)
    else:
        merged = dict(session_setting.items())
    for key, value in request_setting.items():
        if value is not None:
            merged[key] = value
        elif key in merged:
            del merged[key]
    return merged


def _timeout_seconds(timeout):
    # A number, None, or requests' (connect, read) pair, which becomes one total deadline.
    if isinstance(timeout, tuple):
        if len(timeout) != 2:
            raise ValueError("Invalid timeout %r. Pass a (connect, read) timeout tuple, or a single "
                             "float to set both timeouts to the same value." % (timeout,))
        parts = [_hostnet.check_timeout(t) for t in timeout if t is not None]
        return sum(parts) if parts else None
    return _hostnet.check_timeout(timeout)


def _cookies(headers):
    cookies = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0]
            key, eq, val = pair.partition("=")
            if eq:
                cookies[key.strip()] = val.strip()
    return cookies


class Session:
    """Shares headers, params and auth between requests; usable as a context manager."""

    def __init__(self):
        self.headers = default_headers()
        self.auth = None
        self.proxies = {}
        self.hooks = {"response": []}
        self.params = {}
        self.stream = False
        self.verify = True
        self.cert = None
        self.max_redirects = 30
        self.trust_env = True
        self.cookies = {}

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def prepare_request(self, request):
        """The PreparedRequest for `request` with this session's settings merged in."""
        p = PreparedRequest()
        p.prepare(
            method=request.method.upper(),
            url=request.url,
            files=request.files,
            data=request.data,
            json=request.json,
            headers=_merge(request.headers, self.headers),
            params=_merge(request.params, self.params),
            auth=request.auth or self.auth,
            cookies=_merge(request.cookies, self.cookies),
            hooks=request.hooks,
        )
        return p

    def request(self, method, url, params=None, data=None, headers=None, cookies=None, files=None,
                auth=None, timeout=None, allow_redirects=True, proxies=None, hooks=None,
                stream=None, verify=None, cert=None, json=None):
        """Sends a request and returns its Response; see requests.request."""
        if cert is not None:
            raise NotImplementedError("client certificates (cert=) are not supported here")
        req = Request(method=method.upper(), url=url, headers=headers, files=files, data=data or {},
                      json=json, params=params or {}, auth=auth, cookies=cookies, hooks=hooks)
        prep = self.prepare_request(req)
        return self.send(prep, timeout=timeout, allow_redirects=allow_redirects)

    def send(self, request, timeout=None, allow_redirects=True, **kwargs):
        """Sends a PreparedRequest through the host and returns its Response."""
        seconds = _timeout_seconds(timeout)
        headers = [(name, value) for name, value in request.headers.items()]
        body = request.body
        if isinstance(body, str):
            body = body.encode()  # requests (http.client) would send ISO-8859-1
        elif body is not None:
            body = bytes(body)
        try:
            reply = _hostnet.send(request.method, request.url, headers, body, seconds,
                                  allow_redirects)
        except _hostnet.Failure as failure:
            raise _failure(failure, request)
        r = Response()
        r.status_code = reply.status
        for name, value in reply.headers:
            r.headers[name] = r.headers[name] + ", " + value if name in r.headers else value
        r._content = reply.body
        r.url = reply.url
        r.reason = _hostnet.REASONS.get(reply.status, "")
        r.encoding = get_encoding_from_headers(r.headers)
        r.cookies = _cookies(reply.headers)
        r.request = request
        for hook in (request.hooks or {}).get("response", []):
            result = hook(r)
            if result is not None:
                r = result
        return r

    def get(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", True)
        return self.request("GET", url, **kwargs)

    def options(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", True)
        return self.request("OPTIONS", url, **kwargs)

    def head(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        return self.request("HEAD", url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request("POST", url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request("PUT", url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request("PATCH", url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    def close(self):
        pass


def _failure(failure, request):
    if failure.kind == "refused":
        return ConnectionError(_hostnet.PermissionError(failure.message), request=request)
    if failure.kind == "connection":
        return ConnectionError(failure.message, request=request)
    if failure.kind == "timeout":
        return ReadTimeout(failure.message, request=request)
    if failure.kind == "redirects":
        return TooManyRedirects(failure.message, request=request)
    return RequestException(failure.message, request=request)


def session():
    """A new Session (deprecated in requests; kept for old code)."""
    return Session()
