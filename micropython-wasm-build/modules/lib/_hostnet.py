"""HTTP through the host: the one host call urllib.request and requests are built on.

Not a CPython module. The guest never opens a socket: send() hands the request to the host's
`_http` function, which checks it against the session's network policy before any connection,
follows redirects (checking every hop) and returns the response. Bodies cross as base64 in the
host call's JSON. A request the host does not complete raises Failure, whose kind says why:
refused (by the policy; no connection was made), timeout, connection, too_large (a response
over the byte cap) or redirects (too many).
"""

import binascii
import builtins

import host


def _builtin_or_own(name):
    # PermissionError and friends, if the interpreter has them; until then an OSError subclass of
    # the same name, also made a builtin so that `except PermissionError:` works in user code.
    cls = getattr(builtins, name, None)
    if cls is None:
        cls = type(name, (OSError,), {})
        setattr(builtins, name, cls)
    return cls


PermissionError = _builtin_or_own("PermissionError")
TimeoutError = _builtin_or_own("TimeoutError")
ConnectionError = _builtin_or_own("ConnectionError")


class Failure(Exception):
    """The host did not complete the request; `kind` says why, `message` names the origin."""

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind = kind
        self.message = message


class Reply:
    """A response: status, final url, headers as (name, value) pairs, body as bytes."""

    def __init__(self, status, url, headers, body):
        self.status = status
        self.url = url
        self.headers = headers
        self.body = body


def send(method, url, headers=(), body=None, timeout=None, follow_redirects=True):
    """Sends one request through the host and returns its Reply, or raises Failure.

    headers are (name, value) pairs of str; body is bytes or None; timeout is seconds or None
    (the policy's timeout; a longer one is cut to it).
    """
    request = {
        "method": method,
        "url": url,
        "headers": [[name, value] for name, value in headers],
        "body_length": 0 if body is None else len(body),
        "timeout": timeout,
        "follow_redirects": follow_redirects,
    }
    if body is not None:
        request["body"] = binascii.b2a_base64(body, newline=False).decode()
    try:
        reply = host.call("_http", request)
    except ValueError:
        if body is None:
            raise
        # The body did not fit the session's host payload limit: send the request without it,
        # so that the host's policy refuses it by its size and its listener sees it.
        del request["body"]
        request["body_omitted"] = True
        reply = host.call("_http", request)
    if "error" in reply:
        raise Failure(reply["error"], reply["message"])
    headers = [(name, value) for name, value in reply["headers"]]
    return Reply(reply["status"], reply["url"], headers, binascii.a2b_base64(reply["body"]))


def check_timeout(timeout):
    """A timeout in seconds as the host takes it: None, or a positive number."""
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError("timeout must be a number of seconds or None, not %s" % type(timeout).__name__)
    if not timeout > 0:
        raise ValueError("timeout must be a positive number of seconds, not %r" % (timeout,))
    return timeout


# The reason phrase of each status code (CPython's http.HTTPStatus); the host's HTTP client does
# not report the one the server sent.
REASONS = {
    100: "Continue", 101: "Switching Protocols", 102: "Processing", 103: "Early Hints",
    200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information",
    204: "No Content", 205: "Reset Content", 206: "Partial Content", 207: "Multi-Status",
    208: "Already Reported", 226: "IM Used",
    300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other",
    304: "Not Modified", 305: "Use Proxy", 307: "Temporary Redirect", 308: "Permanent Redirect",
    400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden",
    404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
    407: "Proxy Authentication Required", 408: "Request Timeout", 409: "Conflict", 410: "Gone",
    411: "Length Required", 412: "Precondition Failed", 413: "Request Entity Too Large",
    414: "Request-URI Too Long", 415: "Unsupported Media Type",
    416: "Requested Range Not Satisfiable", 417: "Expectation Failed", 418: "I'm a Teapot",
    421: "Misdirected Request", 422: "Unprocessable Entity", 423: "Locked",
    424: "Failed Dependency", 425: "Too Early", 426: "Upgrade Required",
    428: "Precondition Required", 429: "Too Many Requests",
    431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons",
    500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
    503: "Service Unavailable", 504: "Gateway Timeout", 505: "HTTP Version Not Supported",
    506: "Variant Also Negotiates", 507: "Insufficient Storage", 508: "Loop Detected",
    510: "Not Extended", 511: "Network Authentication Required",
}
