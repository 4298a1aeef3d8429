"""string: the character-class constants, capwords, Template (substitute, safe_substitute,
get_identifiers, is_valid) and Formatter (format, vformat, parse and the overridable
get_value, get_field, check_unused_args, format_field, convert_field).

Template subclasses may change `delimiter`; `idpattern`, `braceidpattern`, `flags` and
`pattern` (regular expressions in CPython) are not used: placeholders are ASCII
identifiers. Formatter.format_field uses the object's __format__ when it has one, else
str.format's own formatting.
"""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]


def _capitalize(word):
    return word[:1].upper() + word[1:].lower()


def capwords(s, sep=None):
    """Split s on sep (runs of whitespace by default), capitalize each word, join with sep
    (a space by default)."""
    return (sep or " ").join(_capitalize(word) for word in s.split(sep))


# ---- Template ----

_ID_START = "_" + ascii_letters
_ID_CHARS = _ID_START + digits


class _Placeholder:
    # One delimiter occurrence: kind is "escaped", "named", "braced" or "invalid"; text is
    # the placeholder as written, tail the literal text after it; end is the character
    # offset just after the delimiter.
    def __init__(self, kind, end, name, text, tail):
        self.kind = kind
        self.end = end
        self.name = name
        self.text = text
        self.tail = tail


def _identifier_length(text, start):
    # The length of the ASCII identifier at text[start:] (0 if there is none).
    length = 0
    for ch in text[start:start + 1 + 255] if start else text:
        if ch in (_ID_CHARS if length else _ID_START):
            length += 1
        else:
            break
    return length


class Template:
    """A string with $-substitutions: $$ is a $, $name and ${name} are placeholders."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        # Works on the pieces between delimiters (indexing a MicroPython str is not
        # constant-time).
        delim = self.delimiter
        parts = self.template.split(delim)
        offset = len(parts[0])
        i = 1
        while i < len(parts):
            part = parts[i]
            offset += len(delim)
            if part == "" and i + 1 < len(parts):
                # Two delimiters in a row: an escaped delimiter; the next piece is text.
                yield _Placeholder("escaped", offset, None, delim + delim, parts[i + 1])
                offset += len(delim) + len(parts[i + 1])
                i += 2
                continue
            length = _identifier_length(part, 0)
            if length:
                yield _Placeholder("named", offset, part[:length], delim + part[:length], part[length:])
            elif part[:1] == "{" and _identifier_length(part, 1):
                length = _identifier_length(part, 1)
                if part[1 + length:2 + length] == "}":
                    yield _Placeholder("braced", offset, part[1:1 + length], delim + part[:length + 2],
                                       part[length + 2:])
                else:
                    yield _Placeholder("invalid", offset, None, delim, part)
            else:
                yield _Placeholder("invalid", offset, None, delim, part)
            offset += len(part)
            i += 1

    def _invalid(self, placeholder):
        i = placeholder.end  # where the ill-formed expression starts, after the delimiter
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _mapping(self, args, kws):
        if len(args) > 1:
            raise TypeError("Too many positional arguments")
        if not args:
            return kws
        if kws:
            return _Chain(kws, args[0])
        return args[0]

    def _substitute(self, mapping, safe):
        out = [self.template.split(self.delimiter, 1)[0]]
        for p in self._placeholders():
            if p.kind == "escaped":
                out.append(self.delimiter)
            elif p.kind == "invalid":
                if not safe:
                    self._invalid(p)
                out.append(p.text)
            elif safe:
                try:
                    out.append(str(mapping[p.name]))
                except KeyError:
                    out.append(p.text)
            else:
                out.append(str(mapping[p.name]))
            out.append(p.tail)
        return "".join(out)

    def substitute(self, *args, **kws):
        """The template with its placeholders replaced; KeyError for a missing name,
        ValueError for an ill-formed placeholder."""
        return self._substitute(self._mapping(args, kws), False)

    def safe_substitute(self, *args, **kws):
        """As substitute, leaving missing and ill-formed placeholders as they are."""
        return self._substitute(self._mapping(args, kws), True)

    def is_valid(self):
        for p in self._placeholders():
            if p.kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for p in self._placeholders():
            if p.name is not None and p.name not in ids:
                ids.append(p.name)
        return ids


class _Chain:
    # Keyword arguments first, then the mapping.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# ---- Formatter ----

def _ascii(value):
    # ascii(): repr with non-ASCII characters escaped (MicroPython has no ascii builtin).
    out = []
    for ch in repr(value):
        code = ord(ch)
        if code < 128:
            out.append(ch)
        elif code < 0x100:
            out.append("\\x%02x" % code)
        elif code < 0x10000:
            out.append("\\u%04x" % code)
        else:
            out.append("\\U%08x" % code)
    return "".join(out)


def _parse_field(field):
    # field_name[!conversion][:format_spec] -> (field_name, format_spec, conversion)
    i = 0
    n = len(field)
    c = ""
    while i < n:
        c = field[i]
        i += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while i < n and field[i] != "]":
                i += 1
            continue
        if c in ":!":
            break
    else:
        return field, "", None
    name = field[:i - 1]
    conversion = None
    if c == "!":
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = field[i]
        i += 1
        if i < n:
            if field[i] != ":":
                raise ValueError("expected ':' after conversion specifier")
            i += 1
    return name, field[i:], conversion


def _parse_format(s):
    # Yields (literal_text, field_name, format_spec, conversion) as CPython's parser. It
    # indexes a list of the characters (indexing a MicroPython str is not constant-time).
    s = list(s)
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ""
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == "}" and markup and (at_end or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{" and markup:
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[i] == c:
                i += 1  # an escaped brace: literal text, no field
                markup = False
            else:
                length -= 1
        literal = "".join(s[start:start + length])
        if not markup:
            yield literal, None, None, None
            continue
        field_start = i
        depth = 1
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    name, spec, conversion = _parse_field("".join(s[field_start:i - 1]))
                    yield literal, name, spec, conversion
                    break
        else:
            raise ValueError("expected '}' before end of string")


def _split_field_name(name):
    # "a.b[0]" -> ("a", [(True, "b"), (False, 0)]); numeric parts become ints.
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        else:
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format's machinery as overridable methods."""

    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic "
                                     "field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic "
                                     "field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        method = getattr(value, "__format__", None)
        if method is not None:
            return method(format_spec)
        return ("{:" + format_spec + "}").format(value)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return _ascii(value)
        raise ValueError("Unknown conversion specifier %s" % conversion)

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each part."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
