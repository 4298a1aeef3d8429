"""HTTP Basic authentication, as requests.auth has it (Digest and proxy auth are left out)."""

import binascii

import _textcodec


def _basic_auth_str(username, password):
    """The value of an Authorization header for HTTP Basic authentication."""
    if isinstance(username, str):
        username = _textcodec.encode(username, "latin1")
    if isinstance(password, str):
        password = _textcodec.encode(password, "latin1")
    token = binascii.b2a_base64(b":".join((bytes(username), bytes(password))), newline=False)
    return "Basic " + token.decode()


class AuthBase:
    """Base class that all auth implementations derive from: called with the PreparedRequest."""

    def __call__(self, r):
        raise NotImplementedError("Auth hooks must be callable.")


class HTTPBasicAuth(AuthBase):
    """Attaches HTTP Basic Authentication to the given Request object."""

    def __init__(self, username, password):
        self.username = username
        self.password = password

    def __eq__(self, other):
        return (self.username == getattr(other, "username", None)
                and self.password == getattr(other, "password", None))

    def __ne__(self, other):
        return not self == other

    def __call__(self, r):
        r.headers["Authorization"] = _basic_auth_str(self.username, self.password)
        return r
