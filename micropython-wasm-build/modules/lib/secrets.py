"""secrets: random numbers and tokens for security (CPython's secrets module): token_bytes,
token_hex, token_urlsafe, choice, randbelow, randbits, compare_digest (hmac's),
SystemRandom and DEFAULT_ENTROPY (32 bytes).

The randomness is the host's secure source: os.urandom, which the sandbox fills from the
JVM's java.security.SecureRandom (through WASI random_get); choice, randbelow and randbits
go through random.SystemRandom, which draws on os.urandom too, never on the seedable
generator of the random module.
"""

import os as _os
from random import SystemRandom
from hmac import compare_digest

__all__ = ["choice", "randbelow", "randbits", "SystemRandom",
           "token_bytes", "token_hex", "token_urlsafe",
           "compare_digest"]

DEFAULT_ENTROPY = 32  # number of bytes to return by default

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in the range [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    if isinstance(exclusive_upper_bound, float):
        raise AttributeError("'float' object has no attribute 'bit_length'")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """A random byte string of nbytes bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    if isinstance(nbytes, int) and nbytes < 0:
        raise ValueError("negative argument not allowed")  # the sandbox's os.urandom differs
    return _os.urandom(nbytes)


def token_hex(nbytes=None):
    """A random text string in hexadecimal: two digits per byte of randomness."""
    tok = token_bytes(nbytes)
    return tok.hex() if tok else ""  # the sandbox's b"".hex() gives b""


def token_urlsafe(nbytes=None):
    """A random URL-safe text string (Base64 without padding) of nbytes random bytes."""
    from binascii import b2a_base64
    tok = b2a_base64(token_bytes(nbytes), newline=False)
    return tok.replace(b"+", b"-").replace(b"/", b"_").rstrip(b"=").decode("ascii")
