"""Exceptions raised by urllib.request, as in CPython 3.11.

URLError (an OSError) has .reason: for a request the sandbox's network policy refused it is a
PermissionError whose message names the origin and why (no connection was made); for a timeout
a TimeoutError; for a connection failure a ConnectionError; for a response over the policy's
byte cap, too many redirects, a str. HTTPError (status outside 2xx) is also a response: .code,
.reason, .headers, .read(), .geturl().
"""

from urllib import response as _response


class URLError(OSError):
    """Raised when a URL cannot be opened; .reason says why."""

    def __init__(self, reason, filename=None):
        super().__init__(reason)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError, _response.addinfourl):
    """Raised for an HTTP error status, but also acts like a non-error response."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        if fp is not None:
            _response.addinfourl.__init__(self, fp, hdrs, url, code)
        else:
            self.url = url

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers


class ContentTooShortError(URLError):
    """Raised when downloaded data is shorter than expected (never, here: kept for imports)."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
