"""str <-> bytes in UTF-8, ASCII and Latin-1 with CPython's error handlers.

Not a CPython module: MicroPython's str.encode and bytes.decode know only UTF-8 and no error
handlers, and urllib.parse and requests need CPython's results (for instance, each invalid
UTF-8 sequence decoded with errors='replace' becomes one U+FFFD, as CPython does). Encodings:
utf-8, ascii and latin-1 under their usual names; error handlers: strict, replace, ignore.
Anything else raises LookupError, as CPython does for an unknown name.
"""

_NAMES = {
    "utf8": "utf-8", "utf-8": "utf-8", "utf_8": "utf-8", "u8": "utf-8", "utf": "utf-8",
    "ascii": "ascii", "us-ascii": "ascii", "us_ascii": "ascii", "646": "ascii",
    "latin-1": "latin-1", "latin1": "latin-1", "latin_1": "latin-1", "l1": "latin-1",
    "iso-8859-1": "latin-1", "iso8859-1": "latin-1", "iso_8859_1": "latin-1",
    "iso8859_1": "latin-1", "iso_8859-1": "latin-1", "8859": "latin-1", "cp819": "latin-1",
}


def lookup(encoding):
    """The canonical name (utf-8, ascii, latin-1) of a supported encoding, else LookupError."""
    name = _NAMES.get(encoding.strip().lower())
    if name is None:
        raise LookupError("unknown encoding: %s" % encoding)
    return name


def _check_errors(errors):
    if errors not in ("strict", "replace", "ignore"):
        raise LookupError("unknown error handler name '%s'" % errors)


def encode(text, encoding="utf-8", errors="strict"):
    """text.encode(encoding, errors) as CPython does it."""
    name = lookup(encoding)
    if name == "utf-8":
        return text.encode()
    _check_errors(errors)
    limit = 128 if name == "ascii" else 256
    out = bytearray()
    for position, char in enumerate(text):
        code = ord(char)
        if code < limit:
            out.append(code)
        elif errors == "strict":
            raise UnicodeError("'%s' codec can't encode character %r in position %d: ordinal not in range(%d)"
                               % (name if name == "ascii" else "latin-1", char, position, limit))
        elif errors == "replace":
            out.append(63)  # '?'
    return bytes(out)


def decode(data, encoding="utf-8", errors="strict"):
    """bytes(data).decode(encoding, errors) as CPython does it."""
    name = lookup(encoding)
    _check_errors(errors)
    data = bytes(data)
    if name == "latin-1":
        return "".join([chr(b) for b in data])
    if name == "ascii":
        chars = []
        for position, b in enumerate(data):
            if b < 128:
                chars.append(chr(b))
            elif errors == "strict":
                raise UnicodeError("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)"
                                   % (b, position))
            elif errors == "replace":
                chars.append("\ufffd")
        return "".join(chars)
    for b in data:
        if b >= 128:
            return _decode_utf8(data, errors)
    return data.decode()


def _continuation_range(lead, index):
    # The valid range of continuation byte `index` (1-based) after `lead` (Unicode table 3-7).
    if index == 1:
        if lead == 0xE0:
            return 0xA0, 0xBF
        if lead == 0xED:
            return 0x80, 0x9F
        if lead == 0xF0:
            return 0x90, 0xBF
        if lead == 0xF4:
            return 0x80, 0x8F
    return 0x80, 0xBF


def _decode_utf8(data, errors):
    # Each maximal invalid subsequence becomes one U+FFFD (or nothing), as in CPython.
    chars = []
    i = 0
    n = len(data)
    while i < n:
        lead = data[i]
        if lead < 0x80:
            chars.append(chr(lead))
            i += 1
            continue
        if 0xC2 <= lead <= 0xDF:
            need = 1
        elif 0xE0 <= lead <= 0xEF:
            need = 2
        elif 0xF0 <= lead <= 0xF4:
            need = 3
        else:
            need = 0
        j = 1
        while j <= need and i + j < n:
            low, high = _continuation_range(lead, j)
            if not low <= data[i + j] <= high:
                break
            j += 1
        if need and j == need + 1:
            chars.append(data[i:i + j].decode())
            i += j
            continue
        if errors == "strict":
            if need == 0:
                reason = "invalid start byte"
            elif i + j >= n:
                reason = "unexpected end of data"
            else:
                reason = "invalid continuation byte"
            raise UnicodeError("'utf-8' codec can't decode byte 0x%02x in position %d: %s" % (lead, i, reason))
        if errors == "replace":
            chars.append("\ufffd")
        i += j
    return "".join(chars)
