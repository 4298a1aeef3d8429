"""json.encoder: JSONEncoder, producing the same text as CPython's encoder for the same
values and options."""

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

_ESCAPE_DCT = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), "\\u%04x" % _i)
del _i


def _plain_ascii(s):
    # True when s needs no escaping at all: printable ASCII without quote or backslash.
    return not s or (min(s) >= " " and max(s) <= "~" and '"' not in s and "\\" not in s)


def py_encode_basestring(s):
    """JSON string for s, non-ASCII characters kept."""
    if not s or (min(s) >= " " and '"' not in s and "\\" not in s):
        return '"' + s + '"'
    return '"' + "".join(_ESCAPE_DCT.get(ch, ch) for ch in s) + '"'


def _escape_ascii_char(ch):
    n = ord(ch)
    if n < 0x80:
        return _ESCAPE_DCT.get(ch) or ("\\u%04x" % n if n == 0x7F else ch)
    if n < 0x10000:
        return "\\u%04x" % n
    n -= 0x10000
    return "\\u%04x\\u%04x" % (0xD800 | ((n >> 10) & 0x3FF), 0xDC00 | (n & 0x3FF))


def py_encode_basestring_ascii(s):
    """JSON string for s with every non-ASCII character as a \\uXXXX escape."""
    if _plain_ascii(s):
        return '"' + s + '"'
    return '"' + "".join(_escape_ascii_char(ch) if ch < " " or ch > "~" or ch in '"\\' else ch
                         for ch in s) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder: override default() to encode other types."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (the default)."""
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        """The JSON text for o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text for o, in chunks."""
        parts = []
        _Writer(self, parts).encode(o, 0)
        return parts


class _Writer:
    def __init__(self, encoder, parts):
        self.encoder = encoder
        self.parts = parts
        self.markers = {} if encoder.check_circular else None
        self.quote = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent

    def floatstr(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return repr(o)
        if not self.encoder.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level):
        write = self.parts.append
        if isinstance(o, str):
            write(self.quote(o))
        elif o is None:
            write("null")
        elif o is True:
            write("true")
        elif o is False:
            write("false")
        elif isinstance(o, int):
            write(repr(o))
        elif isinstance(o, float):
            write(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            self.enter(o)
            self.encode(self.encoder.default(o), level)
            self.leave(o)

    def encode_list(self, lst, level):
        write = self.parts.append
        if not lst:
            write("[]")
            return
        self.enter(lst)
        write("[")
        separator = self.encoder.item_separator
        if self.indent is not None:
            level += 1
            newline_indent = "\n" + self.indent * level
            separator += newline_indent
            write(newline_indent)
        first = True
        quote = self.quote
        for value in lst:
            if first:
                first = False
            else:
                write(separator)
            t = type(value)
            if t is str:
                write(quote(value))
            elif t is int:
                write(repr(value))
            else:
                self.encode(value, level)
        if self.indent is not None:
            level -= 1
            write("\n" + self.indent * level)
        write("]")
        self.leave(lst)

    def key_string(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.floatstr(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return repr(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s" % type(key).__name__)

    def encode_dict(self, dct, level):
        write = self.parts.append
        if not dct:
            write("{}")
            return
        self.enter(dct)
        write("{")
        encoder = self.encoder
        separator = encoder.item_separator
        if self.indent is not None:
            level += 1
            newline_indent = "\n" + self.indent * level
            separator += newline_indent
            write(newline_indent)
        items = sorted(dct.items()) if encoder.sort_keys else dct.items()
        quote = self.quote
        key_separator = encoder.key_separator
        first = True
        for key, value in items:
            key = self.key_string(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                write(separator)
            write(quote(key))
            write(key_separator)
            t = type(value)
            if t is str:
                write(quote(value))
            elif t is int:
                write(repr(value))
            else:
                self.encode(value, level)
        if self.indent is not None:
            level -= 1
            write("\n" + self.indent * level)
        write("}")
        self.leave(dct)
