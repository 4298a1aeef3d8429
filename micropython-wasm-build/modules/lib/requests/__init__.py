"""A small requests-compatible HTTP client, sending every request through the host's network policy.

requests.get/post/put/patch/delete/head/options/request with params=, data= (dict or list of
pairs form-encoded; str or bytes as is), json=, headers=, cookies=, auth= ((user, password) or
requests.auth.HTTPBasicAuth), timeout= (seconds, or a (connect, read) pair taken as one total),
allow_redirects=; Response with status_code, ok, reason, text, content, json(), headers
(case-insensitive), url, encoding, cookies, request, raise_for_status(), iter_content(),
iter_lines(); Session with shared headers, params and auth; Request(...).prepare() and
Session.send(); requests.exceptions; requests.codes.

The host sends the request (no socket in the sandbox): its policy decides every request before
any connection and follows redirects itself, each hop checked again. A refused request raises
requests.exceptions.ConnectionError whose args[0] is a PermissionError naming the origin and why;
a timeout raises ReadTimeout; a response over the policy's byte cap RequestException; too many
redirects TooManyRedirects. Differences from requests: no multipart uploads (files=), no
streaming (the body is read whole; stream= is ignored), no proxies or client certificates,
verify= is ignored (TLS is checked by the host JVM), no compressed responses (no
Accept-Encoding is sent), Response.reason is the standard phrase of the status code,
Response.history is empty, Response.elapsed is absent, a str body is sent as UTF-8, and a
Session does not keep cookies. Response.text decodes with the charset of Content-Type, else
ISO-8859-1 for text/* and UTF-8 otherwise (no charset detection).
"""

from requests import exceptions
from requests.exceptions import (ConnectionError, ConnectTimeout, HTTPError, JSONDecodeError,
                                 ReadTimeout, RequestException, Timeout, TooManyRedirects,
                                 URLRequired)
from requests.models import PreparedRequest, Request, Response
from requests.sessions import Session, session, __version__
from requests.structures import CaseInsensitiveDict


def request(method, url, **kwargs):
    """Sends a request; keyword arguments as for Session.request. Returns a Response."""
    with Session() as s:
        return s.request(method=method, url=url, **kwargs)


def get(url, params=None, **kwargs):
    """Sends a GET request."""
    return request("get", url, params=params, **kwargs)


def options(url, **kwargs):
    """Sends an OPTIONS request."""
    return request("options", url, **kwargs)


def head(url, **kwargs):
    """Sends a HEAD request (redirects are not followed unless allow_redirects=True)."""
    kwargs.setdefault("allow_redirects", False)
    return request("head", url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    """Sends a POST request."""
    return request("post", url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    """Sends a PUT request."""
    return request("put", url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    """Sends a PATCH request."""
    return request("patch", url, data=data, **kwargs)


def delete(url, **kwargs):
    """Sends a DELETE request."""
    return request("delete", url, **kwargs)


class _Codes:
    """requests.codes: status codes by name (codes.ok == 200, codes['not_found'] == 404)."""

    def __init__(self, names):
        for code, aliases in names:
            for alias in aliases:
                setattr(self, alias, code)
                setattr(self, alias.upper(), code)

    def __getitem__(self, name):
        return getattr(self, name, None)

    def get(self, name, default=None):
        return getattr(self, name, default)


codes = _Codes([
    (100, ("continue",)), (101, ("switching_protocols",)), (200, ("ok", "okay", "all_ok", "all_good")),
    (201, ("created",)), (202, ("accepted",)), (204, ("no_content",)), (206, ("partial_content",)),
    (301, ("moved_permanently", "moved")), (302, ("found",)), (303, ("see_other", "other")),
    (304, ("not_modified",)), (307, ("temporary_redirect", "temporary_moved", "temporary")),
    (308, ("permanent_redirect", "resume_incomplete", "resume")),
    (400, ("bad_request", "bad")), (401, ("unauthorized",)), (402, ("payment_required", "payment")),
    (403, ("forbidden",)), (404, ("not_found",)), (405, ("method_not_allowed", "not_allowed")),
    (406, ("not_acceptable",)), (408, ("request_timeout", "timeout")), (409, ("conflict",)),
    (410, ("gone",)), (411, ("length_required",)), (412, ("precondition_failed", "precondition")),
    (413, ("request_entity_too_large",)), (415, ("unsupported_media_type", "unsupported_media")),
    (418, ("im_a_teapot", "teapot")), (422, ("unprocessable_entity", "unprocessable")),
    (429, ("too_many_requests", "too_many")),
    (500, ("internal_server_error", "server_error")), (501, ("not_implemented",)),
    (502, ("bad_gateway",)), (503, ("service_unavailable", "unavailable")),
    (504, ("gateway_timeout",)),
])
