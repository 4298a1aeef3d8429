"""json: dumps/dump and loads/load with CPython's options and output: indent, sort_keys,
separators, ensure_ascii, default, cls (JSONEncoder and JSONDecoder subclasses), skipkeys,
allow_nan, check_circular; object_hook, object_pairs_hook, parse_float, parse_int,
parse_constant, strict; JSONDecodeError (a ValueError) with CPython's messages.

Written in Python (json.encoder, json.decoder); dumps() without indent of plain data
(str-keyed dicts, lists, strings, numbers) uses the built-in C encoder, which is
also available as `ujson`. Floats are written with repr(), so their text is MicroPython's float repr. Dicts
are written in the order MicroPython's dict gives (use sort_keys for a fixed order).
Left out: bytes input in UTF-16 or UTF-32 (UTF-8 is decoded), json.tool.
"""

import ujson as _ujson
from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder, _escape_ascii_char

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

__version__ = "2.0.9"


_INF = float("inf")


_SCALARS = {str, int, bool, type(None)}


def _plain(o, depth):
    # True when o holds only what the built-in encoder writes as CPython does: dicts with str
    # keys, lists, tuples, str, int, finite floats, bools and None, nested not too deeply.
    # Scalars inside containers are checked in the loops (a call per value costs more).
    t = type(o)
    if t is dict:
        try:
            "".join(o)  # every key a str, checked in C
        except TypeError:
            return False
        values = o.values()
    elif t is list or t is tuple:
        values = o
    else:
        return t in _SCALARS or (t is float and o == o and o != _INF and o != -_INF)
    if depth > 100:
        return False
    scalars = _SCALARS
    for v in values:
        tv = type(v)
        if tv in scalars:
            continue
        if tv is float:
            if v != v or v == _INF or v == -_INF:
                return False
        elif not _plain(v, depth + 1):
            return False
    return True


def _sorted_copy(o):
    # o with every dict replaced by an OrderedDict in key order (the C encoder keeps it).
    t = type(o)
    if t is dict:
        from ucollections import OrderedDict
        return OrderedDict([(k, _sorted_copy(o[k])) for k in sorted(o)])
    if t is list or t is tuple:
        return [_sorted_copy(v) for v in o]
    return o


def _native_dumps(obj, separators, ensure_ascii, sort_keys):
    # The built-in (C) encoder's text for obj when it is what CPython writes, else None.
    if not _plain(obj, 0):
        return None
    if sort_keys:
        obj = _sorted_copy(obj)
    text = _ujson.dumps(obj, separators=separators or (", ", ": "))
    # The checks go through the UTF-8 bytes: searching a str costs more per character.
    data = text.encode()
    if b"\\u000" in data and (b"\\u0008" in data or b"\\u000c" in data):
        return None  # CPython writes \b and \f
    if ensure_ascii and (len(data) != len(text) or b"\x7f" in data):
        text = "".join(_escape_ascii_char(c) if c > "~" else c for c in text)
    return text


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None and indent is None and not skipkeys and not kw:
        text = _native_dumps(obj, separators, ensure_ascii, sort_keys)
        if text is not None:
            return text
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as JSON to fp (anything with a write(str) method)."""
    fp.write(dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, cls=cls, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
        if s.startswith(b"\xef\xbb\xbf"):
            s = s[3:]
        s = s.decode()
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
