"""base64: Base64 (standard, URL-safe, custom altchars, validate), Base32 (and base32hex),
Base16 encodings, and encodebytes/decodebytes, as CPython's base64 module; errors are
binascii.Error (a ValueError).

Left out: Ascii85 and Base85 (a85encode, b85encode and their decoders) and the file
functions encode() and decode().
"""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        encoded = s.encode()
        if len(encoded) != len(s):
            raise ValueError("string argument should contain only ASCII characters")
        return encoded
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                    % type(s).__name__)


def _to_bytes(s):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(s)


def _swap(data, pairs):
    # Replace single bytes by others simultaneously: {ord(a): ord(b)}.
    if not any(bytes((a,)) in data for a in pairs):
        return data
    return bytes(pairs.get(c, c) for c in data)


def b64encode(s, altchars=None):
    """Base64-encode the bytes-like s; altchars (2 bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(_to_bytes(s), newline=False)
    if altchars is not None:
        altchars = _to_bytes(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        encoded = _swap(encoded, {ord("+"): altchars[0], ord("/"): altchars[1]})
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 s (bytes or ASCII str). Characters outside the alphabet are discarded,
    or raise binascii.Error when validate is true."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        s = _swap(s, {altchars[0]: ord("+"), altchars[1]: ord("/")})
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' instead of '+' and '/'."""
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_swap(s, {ord("-"): ord("+"), ord("_"): ord("/")}))


# ---- Base32 ----

_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    s = _to_bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + bytes(5 - leftover)
    encoded = bytearray()
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i:i + 5], "big")
        for shift in range(35, -1, -5):
            encoded.append(alphabet[(c >> shift) & 0x1F])
    if leftover == 1:
        encoded[-6:] = b"======"
    elif leftover == 2:
        encoded[-4:] = b"===="
    elif leftover == 3:
        encoded[-3:] = b"==="
    elif leftover == 4:
        encoded[-1:] = b"="
    return bytes(encoded)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        if len(map01) != 1:
            raise AssertionError(repr(map01))
        s = _swap(s, {ord("0"): ord("O"), ord("1"): map01[0]})
    if casefold:
        s = s.upper()
    # Strip off pad characters from the right: they must be 0, 1, 3, 4 or 6 of them.
    length = len(s)
    s = s.rstrip(b"=")
    padchars = length - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    decoded = bytearray()
    for i in range(0, len(s), 8):
        quanta = s[i:i + 8]
        acc = 0
        for c in quanta:
            value = values.get(c)
            if value is None:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) + value
        acc <<= 5 * (8 - len(quanta))
        decoded += acc.to_bytes(5, "big")
    if length % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if padchars and decoded:
        acc_bytes = (43 - 5 * padchars) // 8
        decoded[-5:] = decoded[len(decoded) - 5:len(decoded) - 5 + acc_bytes]
    return bytes(decoded)


def b32encode(s):
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32; casefold accepts lowercase, map01 maps the digit 1 (and 0 to O)."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# ---- Base16 ----

def b16encode(s):
    return binascii.hexlify(_to_bytes(s)).upper()


def b16decode(s, casefold=False):
    """Decode uppercase hex digits (any case with casefold)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# ---- MIME-style lines ----

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    s = _to_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(_to_bytes(s))
