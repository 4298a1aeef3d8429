"""json.decoder: JSONDecoder and JSONDecodeError, parsing exactly what CPython's C scanner
accepts, with its error messages and positions.

The document is scanned as UTF-8 bytes (indexing MicroPython's str is not constant-time);
positions in errors and raw_decode are character positions, as in CPython."""

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}
# Byte values.
_QUOTE = 34
_BACKSLASH = 92
_WS = (32, 9, 10, 13)
_ESCAPES = {34: '"', 92: "\\", 47: "/", 98: "\b", 102: "\f", 110: "\n", 114: "\r", 116: "\t"}


class JSONDecodeError(ValueError):
    """ValueError subclass with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__("%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


class _Error(Exception):
    # An error at a byte offset, turned into JSONDecodeError at the API boundary.
    def __init__(self, msg, pos):
        super().__init__(msg, pos)
        self.msg = msg
        self.pos = pos


def _char_pos(b, pos):
    return len(b[:pos].decode())


def _skip(b, i, n):
    while i < n and b[i] in _WS:
        i += 1
    return i


def _hex4(b, start):
    value = 0
    for i in range(start, start + 4):
        c = b[i]
        if 48 <= c <= 57:
            value = value * 16 + c - 48
        elif 97 <= c <= 102:
            value = value * 16 + c - 87
        elif 65 <= c <= 70:
            value = value * 16 + c - 55
        else:
            raise _Error("Invalid \\uXXXX escape", start - 1)
    return value


def _scanstring(b, end, strict):
    # The string whose body starts at byte end: (str, byte index after the closing quote).
    n = len(b)
    begin = end - 1
    quote = b.find(b'"', end)
    if quote >= 0 and b.find(b"\\", end, quote) < 0 and (quote == end or not strict or min(b[end:quote]) >= 32):
        return b[end:quote].decode(), quote + 1
    chunks = []
    while True:
        quote = b.find(b'"', end)
        backslash = b.find(b"\\", end, quote if quote >= 0 else n)
        stop = backslash if backslash >= 0 else quote
        chunk_end = stop if stop >= 0 else n
        if strict and chunk_end > end and min(b[end:chunk_end]) < 32:
            for i in range(end, chunk_end):
                if b[i] < 32:
                    raise _Error("Invalid control character at", i)
        if stop < 0:
            raise _Error("Unterminated string starting at", begin)
        if stop > end:
            chunks.append(b[end:stop].decode())
        nxt = stop + 1
        if stop == quote:
            return "".join(chunks), nxt
        if nxt == n:
            raise _Error("Unterminated string starting at", begin)
        c = b[nxt]
        if c != 117:  # not \u
            end = nxt + 1
            escaped = _ESCAPES.get(c)
            if escaped is None:
                raise _Error("Invalid \\escape", end - 2)
            chunks.append(escaped)
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise _Error("Invalid \\uXXXX escape", nxt - 1)
        code = _hex4(b, nxt)
        if 0xD800 <= code <= 0xDBFF and end + 6 < n and b[end] == _BACKSLASH and b[end + 1] == 117:
            low = _hex4(b, end + 2)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        chunks.append(chr(code))


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (after the opening quote):
    (str, index after the closing quote)."""
    if end < 0 or len(s) < end:
        raise ValueError("end is out of bounds")
    b = s.encode()
    start = len(s[:end].encode())
    try:
        value, stop = _scanstring(b, start, strict)
    except _Error as e:
        raise JSONDecodeError(e.msg, s, _char_pos(b, e.pos))
    return value, _char_pos(b, stop)


class _NoValue(Exception):
    # No JSON value at this byte position (CPython's StopIteration(idx)).
    def __init__(self, pos):
        super().__init__(pos)
        self.pos = pos


class JSONDecoder:
    """Decodes JSON text: objects become dicts (or what object_hook/object_pairs_hook
    return), arrays lists, numbers int or float (or parse_int/parse_float), and NaN,
    Infinity, -Infinity floats (or parse_constant)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document s (a str)."""
        b = s.encode()
        n = len(b)
        try:
            try:
                obj, end = self._scan(b, _skip(b, 0, n), n)
            except _NoValue as e:
                raise _Error("Expecting value", e.pos)
            end = _skip(b, end, n)
            if end != n:
                raise _Error("Extra data", end)
        except _Error as e:
            raise JSONDecodeError(e.msg, s, _char_pos(b, e.pos))
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end) for the JSON value starting at s[idx]; text may follow it."""
        b = s.encode()
        start = len(s[:idx].encode()) if idx else 0
        try:
            try:
                obj, end = self._scan(b, start, len(b))
            except _NoValue as e:
                raise _Error("Expecting value", e.pos)
        except _Error as e:
            raise JSONDecodeError(e.msg, s, _char_pos(b, e.pos))
        return obj, _char_pos(b, end)

    def _scan(self, b, idx, n):
        if idx >= n:
            raise _NoValue(idx)
        c = b[idx]
        if c == _QUOTE:
            return _scanstring(b, idx + 1, self.strict)
        if c == 123:  # {
            return self._object(b, idx + 1, n)
        if c == 91:  # [
            return self._array(b, idx + 1, n)
        if c == 110 and b[idx:idx + 4] == b"null":
            return None, idx + 4
        if c == 116 and b[idx:idx + 4] == b"true":
            return True, idx + 4
        if c == 102 and b[idx:idx + 5] == b"false":
            return False, idx + 5
        if c == 78 and b[idx:idx + 3] == b"NaN":
            return self.parse_constant("NaN"), idx + 3
        if c == 73 and b[idx:idx + 8] == b"Infinity":
            return self.parse_constant("Infinity"), idx + 8
        if c == 45 and b[idx:idx + 9] == b"-Infinity":
            return self.parse_constant("-Infinity"), idx + 9
        return self._number(b, idx, n)

    def _number(self, b, start, n):
        idx = start
        if b[idx] == 45:  # -
            idx += 1
            if idx >= n:
                raise _NoValue(start)
        c = b[idx]
        if 49 <= c <= 57:
            idx += 1
            while idx < n and 48 <= b[idx] <= 57:
                idx += 1
        elif c == 48:
            idx += 1
        else:
            raise _NoValue(start)
        is_float = False
        if idx < n - 1 and b[idx] == 46 and 48 <= b[idx + 1] <= 57:  # .digit
            is_float = True
            idx += 2
            while idx < n and 48 <= b[idx] <= 57:
                idx += 1
        if idx < n - 1 and b[idx] in (101, 69):  # e E
            e_start = idx
            idx += 1
            if idx < n - 1 and b[idx] in (45, 43):
                idx += 1
            while idx < n and 48 <= b[idx] <= 57:
                idx += 1
            if 48 <= b[idx - 1] <= 57:
                is_float = True
            else:
                idx = e_start
        text = b[start:idx].decode()
        if is_float:
            return self.parse_float(text), idx
        return self.parse_int(text), idx

    def _array(self, b, idx, n):
        values = []
        append = values.append
        scan = self._scan
        while idx < n and b[idx] in _WS:
            idx += 1
        if idx >= n or b[idx] != 93:  # ]
            while True:
                value, idx = scan(b, idx, n)
                append(value)
                while idx < n and b[idx] in _WS:
                    idx += 1
                if idx < n and b[idx] == 93:
                    break
                if idx >= n or b[idx] != 44:  # ,
                    raise _Error("Expecting ',' delimiter", idx)
                idx += 1
                while idx < n and b[idx] in _WS:
                    idx += 1
        return values, idx + 1

    def _object(self, b, idx, n):
        pairs = []
        append = pairs.append
        scan = self._scan
        strict = self.strict
        while idx < n and b[idx] in _WS:
            idx += 1
        if idx >= n or b[idx] != 125:  # }
            while True:
                if idx >= n or b[idx] != _QUOTE:
                    raise _Error("Expecting property name enclosed in double quotes", idx)
                key, idx = _scanstring(b, idx + 1, strict)
                while idx < n and b[idx] in _WS:
                    idx += 1
                if idx >= n or b[idx] != 58:  # :
                    raise _Error("Expecting ':' delimiter", idx)
                idx += 1
                while idx < n and b[idx] in _WS:
                    idx += 1
                value, idx = scan(b, idx, n)
                append((key, value))
                while idx < n and b[idx] in _WS:
                    idx += 1
                if idx < n and b[idx] == 125:
                    break
                if idx >= n or b[idx] != 44:
                    raise _Error("Expecting ',' delimiter", idx)
                idx += 1
                while idx < n and b[idx] in _WS:
                    idx += 1
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx + 1
