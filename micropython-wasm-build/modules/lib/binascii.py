"""binascii: MicroPython's built-in binascii (as `ubinascii`: b2a_base64, crc32, hexlify)
with CPython's errors and decoding rules: binascii.Error (a ValueError) and Incomplete,
a2b_base64 with strict_mode as CPython decodes (characters outside the alphabet skipped,
CPython's padding errors), unhexlify and a2b_hex/b2a_hex with CPython's messages.

Left out: the uu, quoted-printable and hqx codecs, crc_hqx.
"""

import ubinascii as _ub
from ubinascii import b2a_base64, crc32


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUES = {c: i for i, c in enumerate(_B64)}
_PAD = ord("=")


def _ascii_bytes(data):
    if isinstance(data, str):
        encoded = data.encode()
        if len(encoded) != len(data):
            raise ValueError("string argument should contain only ASCII characters")
        return encoded
    return bytes(data)


def a2b_base64(data, *, strict_mode=False):
    """Decode base64 data: characters outside the alphabet are skipped (an error in strict
    mode), and decoding stops at a complete padding sequence."""
    data = _ascii_bytes(data)
    if not strict_mode and len(data) % 4 == 0:
        # Canonical input (what b2a_base64 writes) decodes in C.
        try:
            result = _ub.a2b_base64(data)
            if _ub.b2a_base64(result, newline=False) == data:
                return result
        except ValueError:
            pass
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    if strict_mode and n and data[0] == _PAD:
        raise Error("Leading padding not allowed")
    for i in range(n):
        c = data[i]
        if c == _PAD:
            padding_started = True
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict_mode and i + 1 < n:
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        value = _B64_VALUES.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = value
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (value >> 4)) & 0xFF)
            left = value & 0x0F
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (value >> 2)) & 0xFF)
            left = value & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | value) & 0xFF)
            left = 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 "
                    "more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hex digits of data, optionally with sep every bytes_per_sep bytes (from the right)."""
    if sep is None:
        return _ub.hexlify(data)
    if isinstance(sep, str):
        sep = sep.encode()
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    if bytes_per_sep in (1, -1):
        return _ub.hexlify(data, sep)
    digits = _ub.hexlify(data)
    step = 2 * abs(bytes_per_sep)
    if bytes_per_sep > 0:
        # Groups counted from the right.
        first = len(digits) % step or step
        parts = [digits[:first]] + [digits[i:i + step] for i in range(first, len(digits), step)]
    else:
        parts = [digits[i:i + step] for i in range(0, len(digits), step)]
    return sep.join(p for p in parts if p)


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _ascii_bytes(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return _ub.unhexlify(data)
    except ValueError:
        raise Error("Non-hexadecimal digit found")


a2b_hex = unhexlify
