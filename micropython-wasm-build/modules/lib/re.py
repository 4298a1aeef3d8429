"""Regular expressions: CPython 3.11's `re` module.

Patterns are parsed and compiled here, in Python, into a program for `_re`, a backtracking
matcher written in C (port/re_vm.c) that takes fuel for every step, so a catastrophic
pattern ends the run when its fuel runs out instead of hanging it. The syntax is CPython's:
counted repetition, lazy and possessive quantifiers, named groups, backreferences,
lookahead and fixed-width lookbehind, atomic groups, conditionals, inline and scoped flags,
and str patterns that are Unicode-aware (\\d \\w \\s, \\b, IGNORECASE) with CPython's own
Unicode tables. Error messages and positions are CPython's.

Left out of CPython's API (docs/CONFORMANCE.md):
- \\N{NAME} escapes (there is no Unicode name database): re.error says so;
- the LOCALE flag matches as ASCII (there is no locale); re.DEBUG prints nothing;
  re.template() and the TEMPLATE flag;
- group names are checked as identifiers with the \\w character class (CPython uses
  str.isidentifier, which refuses a few more characters);
- Pattern.groupindex is a plain dict (a copy), not a read-only mapping;
- possessive quantifiers over groups, (...)*+, behave as atomic groups, (?>(...)*):
  CPython 3.11 keeps the marks of failed attempts there, a bug;
- repr() of a Match shows non-ASCII text as MicroPython's str repr does (escaped);
- the DeprecationWarning and FutureWarning CPython emits for some patterns.
"""

import _re
from micropython import const

if _re.VERSION != 2:
    raise ImportError("re: the _re engine in this binary is of another version")

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X",
    "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
    "NOFLAG", "RegexFlag",
]

# ---- flags ------------------------------------------------------------------------------------

_FLAG_NAMES = (  # in the order CPython's RegexFlag defines them
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
    ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
_ALL_FLAGS = const(511)


class RegexFlag(int):
    """A flag or a combination of flags: an int that prints as re.IGNORECASE|re.MULTILINE."""

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        names = [n for n, v in _FLAG_NAMES if int(self) & v]
        if int(self) == 0:
            return "NOFLAG"
        return "|".join(names) if names else None

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = ["re." + n for n, v in _FLAG_NAMES if value & v]
        rest = value & ~_ALL_FLAGS
        if rest:
            names.append(hex(rest))
        return "|".join(names)

    __str__ = __repr__


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)

# the flags as plain ints, for the code here (Pattern.flags is an int, as in CPython)
_F_TEMPLATE = const(1)
_F_I = const(2)
_F_L = const(4)
_F_M = const(8)
_F_S = const(16)
_F_U = const(32)
_F_X = const(64)
_F_DEBUG = const(128)
_F_A = const(256)
_TYPE_FLAGS = const(256 | 4 | 32)
_GLOBAL_FLAGS = const(128 | 1)
_INLINE_FLAGS = {"i": 2, "L": 4, "m": 8, "s": 16, "x": 64, "a": 256, "t": 1, "u": 32}

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823


class error(Exception):
    """A pattern or template is not valid. msg is the message without the position; pattern
    and pos (an index into it), lineno and colno say where, when known."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error

# ---- parsing: pattern text to a tree ---------------------------------------------------------
# A subpattern is a _Seq: a list of (op, argument) nodes, as in CPython's sre_parse.

_LITERAL = const(1)  # code point
_NOT_LITERAL = const(2)  # code point
_ANY = const(3)  # None
_IN = const(4)  # [item...]: (_LITERAL, c), (_RANGE, (lo, hi)), (_CATEGORY, cat), (_NEGATE, None)
_AT = const(5)  # anchor code
_BRANCH = const(6)  # [_Seq...]
_SUBPATTERN = const(7)  # (group or None, add_flags, del_flags, _Seq)
_REPEAT = const(8)  # (min, max, kind, _Seq)
_GROUPREF = const(9)  # group
_GROUPREF_EXISTS = const(10)  # (group, _Seq, _Seq or None)
_ASSERT = const(11)  # (direction, _Seq): 1 ahead, -1 behind
_ASSERT_NOT = const(12)
_ATOMIC = const(13)  # _Seq
_RANGE = const(14)
_CATEGORY = const(15)
_NEGATE = const(16)

_GREEDY = const(0)
_LAZY = const(1)
_POSSESSIVE = const(2)

# anchors (the engine's codes, re_vm.h)
_AT_BEGINNING = const(0)
_AT_BEGINNING_LINE = const(1)
_AT_BEGINNING_STRING = const(2)
_AT_END = const(3)
_AT_END_LINE = const(4)
_AT_END_STRING = const(5)
_AT_BOUNDARY = const(6)
_AT_NON_BOUNDARY = const(7)
_AT_UNI_BOUNDARY = const(8)
_AT_UNI_NON_BOUNDARY = const(9)

# categories (the engine's codes; +8 for the Unicode meaning)
_CAT_DIGIT = const(0)
_CAT_NOT_DIGIT = const(1)
_CAT_SPACE = const(2)
_CAT_NOT_SPACE = const(3)
_CAT_WORD = const(4)
_CAT_NOT_WORD = const(5)

_SPECIAL_CHARS = ".\\[{()*+?^$|"
_REPEAT_CHARS = "*+?{"
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"
_UNIT_OPS = (_ANY, _IN, _LITERAL, _NOT_LITERAL)

_ESCAPES = {
    "\\a": (_LITERAL, 7), "\\b": (_LITERAL, 8), "\\f": (_LITERAL, 12), "\\n": (_LITERAL, 10),
    "\\r": (_LITERAL, 13), "\\t": (_LITERAL, 9), "\\v": (_LITERAL, 11), "\\\\": (_LITERAL, 92),
}

_CATEGORIES = {
    "\\A": (_AT, _AT_BEGINNING_STRING),
    "\\b": (_AT, _AT_BOUNDARY),
    "\\B": (_AT, _AT_NON_BOUNDARY),
    "\\d": (_IN, [(_CATEGORY, _CAT_DIGIT)]),
    "\\D": (_IN, [(_CATEGORY, _CAT_NOT_DIGIT)]),
    "\\s": (_IN, [(_CATEGORY, _CAT_SPACE)]),
    "\\S": (_IN, [(_CATEGORY, _CAT_NOT_SPACE)]),
    "\\w": (_IN, [(_CATEGORY, _CAT_WORD)]),
    "\\W": (_IN, [(_CATEGORY, _CAT_NOT_WORD)]),
    "\\Z": (_AT, _AT_END_STRING),
}


def _isidentifier(name):
    if not name:
        return False
    first = True
    for ch in name:
        c = ord(ch)
        kind = _re.chartype(c)
        if not (kind & 1) or (first and (kind & 2 or 48 <= c <= 57)):
            return False
        first = False
    return True


def _ascii_message(msg):
    # a bytes pattern's message shows non-ASCII characters as escapes
    out = []
    for ch in msg:
        c = ord(ch)
        if c < 128:
            out.append(ch)
        elif c < 256:
            out.append("\\x%02x" % c)
        else:
            out.append("\\u%04x" % c)
    return "".join(out)


class _State:
    """What the parser knows about the pattern as a whole: flags, groups and their names."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]  # group 0
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        self.groupwidths[gid] = p.getwidth()

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehindgroups:
                raise source.error("cannot refer to group defined in the same lookbehind subpattern")


class _Seq:
    """A subpattern: a list of nodes, with its width (min, max characters) once computed."""

    def __init__(self, state, data=None):
        self.state = state
        self.data = [] if data is None else data
        self.width = None

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.data[index]

    def append(self, node):
        self.data.append(node)

    def getwidth(self):
        if self.width is not None:
            return self.width
        lo = hi = 0
        for op, av in self.data:
            if op == _BRANCH:
                i = MAXREPEAT - 1
                j = 0
                for alt in av:
                    l, h = alt.getwidth()
                    i = min(i, l)
                    j = max(j, h)
                lo += i
                hi += j
            elif op == _ATOMIC:
                i, j = av.getwidth()
                lo += i
                hi += j
            elif op == _SUBPATTERN:
                i, j = av[3].getwidth()
                lo += i
                hi += j
            elif op == _REPEAT:
                i, j = av[3].getwidth()
                lo += i * av[0]
                hi += j * av[1]
            elif op in _UNIT_OPS:
                lo += 1
                hi += 1
            elif op == _GROUPREF:
                i, j = self.state.groupwidths[av]
                lo += i
                hi += j
            elif op == _GROUPREF_EXISTS:
                i, j = av[1].getwidth()
                if av[2] is not None:
                    l, h = av[2].getwidth()
                    i = min(i, l)
                    j = max(j, h)
                else:
                    i = 0
                lo += i
                hi += j
        self.width = min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)
        return self.width


class _Source:
    """The pattern's characters, one token (a character or an escape) at a time."""

    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        # a list: indexing a str by position would walk it from its start every time
        self.chars = list(string) if self.istext else [chr(b) for b in string]
        self.length = len(self.chars)
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= self.length:
            self.next = None
            return
        char = self.chars[index]
        if char == "\\":
            index += 1
            if index >= self.length:
                raise error("bad escape (end of pattern)", self.string, self.length - 1)
            char += self.chars[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ""
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = _ascii_message(msg)
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not _isidentifier(name):
            raise self.error("bad character in group name %r" % name, len(name) + offset)


def _hex_escape(source, escape, digits):
    escape += source.getwhile(digits, _HEXDIGITS)
    if len(escape) != digits + 2:
        raise source.error("incomplete escape %s" % escape, len(escape))
    return escape, int(escape[2:], 16)


def _class_escape(source, escape):
    # an escape inside a character set
    code = _ESCAPES.get(escape)
    if code:
        return code
    code = _CATEGORIES.get(escape)
    if code and code[0] == _IN:
        return code
    c = escape[1:2]
    if c == "x":
        return _LITERAL, _hex_escape(source, escape, 2)[1]
    if c == "u" and source.istext:
        return _LITERAL, _hex_escape(source, escape, 4)[1]
    if c == "U" and source.istext:
        escape, c = _hex_escape(source, escape, 8)
        if c > 0x10FFFF:
            raise source.error("bad escape %s" % escape, len(escape))
        return _LITERAL, c
    if c == "N" and source.istext:
        raise source.error("\\N{...} escapes are not supported (no Unicode name database)", len(escape))
    if c in _OCTDIGITS:
        escape += source.getwhile(2, _OCTDIGITS)
        c = int(escape[1:], 8)
        if c > 0o377:
            raise source.error("octal escape value %s outside of range 0-0o377" % escape, len(escape))
        return _LITERAL, c
    if len(escape) == 2 and c not in _DIGITS:
        if c in _ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return _LITERAL, ord(escape[1])
    raise source.error("bad escape %s" % escape, len(escape))


def _escape(source, escape, state):
    # an escape outside a character set
    code = _CATEGORIES.get(escape)
    if code:
        return code
    code = _ESCAPES.get(escape)
    if code:
        return code
    c = escape[1:2]
    if c == "x":
        return _LITERAL, _hex_escape(source, escape, 2)[1]
    if c == "u" and source.istext:
        return _LITERAL, _hex_escape(source, escape, 4)[1]
    if c == "U" and source.istext:
        escape, c = _hex_escape(source, escape, 8)
        if c > 0x10FFFF:
            raise source.error("bad escape %s" % escape, len(escape))
        return _LITERAL, c
    if c == "N" and source.istext:
        raise source.error("\\N{...} escapes are not supported (no Unicode name database)", len(escape))
    if c == "0":
        escape += source.getwhile(2, _OCTDIGITS)
        return _LITERAL, int(escape[1:], 8)
    if c in _DIGITS:
        # an octal escape, or a group reference
        if source.next is not None and source.next in _DIGITS:
            escape += source.get()
            if escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and source.next is not None \
                    and source.next in _OCTDIGITS:
                escape += source.get()
                c = int(escape[1:], 8)
                if c > 0o377:
                    raise source.error("octal escape value %s outside of range 0-0o377" % escape, len(escape))
                return _LITERAL, c
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group", len(escape))
            state.checklookbehindgroup(group, source)
            return _GROUPREF, group
        raise source.error("invalid group reference %d" % group, len(escape) - 1)
    if len(escape) == 2:
        if c in _ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return _LITERAL, ord(escape[1])
    raise source.error("bad escape %s" % escape, len(escape))


def _uniq(items):
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _parse_sub(source, state, verbose, nested):
    # an alternation: a|b|c
    items = []
    while True:
        items.append(_parse(source, state, verbose, nested + 1, not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & _F_X
    if len(items) == 1:
        return items[0]
    subpattern = _Seq(state)
    # a prefix common to every alternative moves out of the branch
    while True:
        prefix = None
        for item in items:
            if not item:
                break
            if prefix is None:
                prefix = item[0]
            elif item[0] != prefix:
                break
        else:
            for item in items:
                del item.data[0]
            subpattern.append(prefix)
            continue
        break
    # alternatives of single characters become a character set
    chars = []
    for item in items:
        if len(item) != 1:
            break
        op, av = item[0]
        if op == _LITERAL:
            chars.append((op, av))
        elif op == _IN and av[0][0] != _NEGATE:
            chars.extend(av)
        else:
            break
    else:
        subpattern.append((_IN, _uniq(chars)))
        return subpattern
    subpattern.append((_BRANCH, items))
    return subpattern


def _parse_set(source, state):
    # a character set; "[" has been read
    here = source.tell() - 1
    items = []
    negate = source.match("^")
    while True:
        this = source.get()
        if this is None:
            raise source.error("unterminated character set", source.tell() - here)
        if this == "]" and items:
            break
        if this[0] == "\\":
            code1 = _class_escape(source, this)
        else:
            code1 = _LITERAL, ord(this)
        if source.match("-"):
            # a range, perhaps
            that = source.get()
            if that is None:
                raise source.error("unterminated character set", source.tell() - here)
            if that == "]":
                if code1[0] == _IN:
                    code1 = code1[1][0]
                items.append(code1)
                items.append((_LITERAL, 45))
                break
            if that[0] == "\\":
                code2 = _class_escape(source, that)
            else:
                code2 = _LITERAL, ord(that)
            if code1[0] != _LITERAL or code2[0] != _LITERAL:
                raise source.error("bad character range %s-%s" % (this, that), len(this) + 1 + len(that))
            lo = code1[1]
            hi = code2[1]
            if hi < lo:
                raise source.error("bad character range %s-%s" % (this, that), len(this) + 1 + len(that))
            items.append((_RANGE, (lo, hi)))
        else:
            if code1[0] == _IN:
                code1 = code1[1][0]
            items.append(code1)
    items = _uniq(items)
    if len(items) == 1 and items[0][0] == _LITERAL:
        return (_NOT_LITERAL, items[0][1]) if negate else items[0]
    if negate:
        items.insert(0, (_NEGATE, None))
    return _IN, items


def _parse_repeat(source, subpattern, this):
    # a quantifier; returns False if "{" turned out to be a literal
    here = source.tell()
    if this == "?":
        lo, hi = 0, 1
    elif this == "*":
        lo, hi = 0, MAXREPEAT
    elif this == "+":
        lo, hi = 1, MAXREPEAT
    else:  # "{"
        if source.next == "}":
            subpattern.append((_LITERAL, 123))
            return
        lo, hi = 0, MAXREPEAT
        los = his = ""
        while source.next is not None and source.next in _DIGITS:
            los += source.get()
        if source.match(","):
            while source.next is not None and source.next in _DIGITS:
                his += source.get()
        else:
            his = los
        if not source.match("}"):
            subpattern.append((_LITERAL, 123))
            source.seek(here)
            return
        if los:
            lo = int(los)
            if lo >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if his:
            hi = int(his)
            if hi >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if hi < lo:
                raise source.error("min repeat greater than max repeat", source.tell() - here)
    item = subpattern.data[-1:]
    if not item or item[0][0] == _AT:
        raise source.error("nothing to repeat", source.tell() - here + len(this))
    if item[0][0] == _REPEAT:
        raise source.error("multiple repeat", source.tell() - here + len(this))
    item = _Seq(subpattern.state, item)
    if item[0][0] == _SUBPATTERN:
        group, add_flags, del_flags, p = item[0][1]
        if group is None and not add_flags and not del_flags:
            item = p
    if source.match("?"):
        kind = _LAZY
    elif source.match("+"):
        kind = _POSSESSIVE
    else:
        kind = _GREEDY
    subpattern.data[-1] = (_REPEAT, (lo, hi, kind, item))


def _parse_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = _INLINE_FLAGS[char]
            if source.istext:
                if char == "L":
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == "u":
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in _INLINE_FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in _INLINE_FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = _INLINE_FLAGS[char]
            if flag & _TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in _INLINE_FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def _parse_conditional(source, state, verbose, nested, start):
    # (?(group)yes|no); "(?(" has been read
    condname = source.getuntil(")", "group name")
    if _isidentifier(condname):
        condgroup = state.groupdict.get(condname)
        if condgroup is None:
            raise source.error("unknown group name %r" % condname, len(condname) + 1)
    else:
        try:
            condgroup = int(condname)
            if condgroup < 0:
                raise ValueError
        except ValueError:
            raise source.error("bad character in group name %r" % condname, len(condname) + 1) from None
        if not condgroup:
            raise source.error("bad group number", len(condname) + 1)
        if condgroup >= MAXGROUPS:
            raise source.error("invalid group reference %d" % condgroup, len(condname) + 1)
        if condgroup not in state.grouprefpos:
            state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
    state.checklookbehindgroup(condgroup, source)
    item_yes = _parse(source, state, verbose, nested + 1)
    if source.match("|"):
        item_no = _parse(source, state, verbose, nested + 1)
        if source.next == "|":
            raise source.error("conditional backref with more than two branches")
    else:
        item_no = None
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    return _GROUPREF_EXISTS, (condgroup, item_yes, item_no)


def _parse_group(source, state, verbose, nested, first, subpattern):
    # a group or an extension; "(" has been read. Returns the verbose flag to go on with.
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add_flags = 0
    del_flags = 0
    if source.match("?"):
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char == "P":
            if source.match("<"):
                name = source.getuntil(">", "group name")
                source.checkgroupname(name, 1)
            elif source.match("="):
                name = source.getuntil(")", "group name")
                source.checkgroupname(name, 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise source.error("unknown group name %r" % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error("cannot refer to an open group", len(name) + 1)
                state.checklookbehindgroup(gid, source)
                subpattern.append((_GROUPREF, gid))
                return verbose
            else:
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + char, len(char) + 2)
        elif char == ":":
            capture = False
        elif char == "#":
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment", source.tell() - start)
                if source.get() == ")":
                    break
            return verbose
        elif char in "=!<":
            direction = 1
            lookbehindgroups = None
            if char == "<":
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char not in "=!":
                    raise source.error("unknown extension ?<" + char, len(char) + 2)
                direction = -1
                lookbehindgroups = state.lookbehindgroups
                if lookbehindgroups is None:
                    state.lookbehindgroups = state.groups
            p = _parse_sub(source, state, verbose, nested + 1)
            if direction < 0 and lookbehindgroups is None:
                state.lookbehindgroups = None
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            subpattern.append((_ASSERT if char == "=" else _ASSERT_NOT, (direction, p)))
            return verbose
        elif char == "(":
            subpattern.append(_parse_conditional(source, state, verbose, nested, start))
            return verbose
        elif char == ">":
            capture = False
            atomic = True
        elif char in _INLINE_FLAGS or char == "-":
            flags = _parse_flags(source, state, char)
            if flags is None:  # global flags
                if not first or subpattern:
                    raise source.error("global flags not at the start of the expression", source.tell() - start)
                return state.flags & _F_X
            add_flags, del_flags = flags
            capture = False
        else:
            raise source.error("unknown extension ?" + char, len(char) + 1)
    if capture:
        try:
            group = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    else:
        group = None
    sub_verbose = (verbose or (add_flags & _F_X)) and not (del_flags & _F_X)
    p = _parse_sub(source, state, sub_verbose, nested + 1)
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    if group is not None:
        state.closegroup(group, p)
    if atomic:
        subpattern.append((_ATOMIC, p))
    else:
        subpattern.append((_SUBPATTERN, (group, add_flags, del_flags, p)))
    return verbose


def _parse(source, state, verbose, nested, first=False):
    # a sequence, up to "|" or ")"
    subpattern = _Seq(state)
    while True:
        this = source.next
        if this is None or this == "|" or this == ")":
            break
        source.get()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] == "\\":
            subpattern.append(_escape(source, this, state))
        elif this not in _SPECIAL_CHARS:
            subpattern.append((_LITERAL, ord(this)))
        elif this == "[":
            subpattern.append(_parse_set(source, state))
        elif this in _REPEAT_CHARS:
            _parse_repeat(source, subpattern, this)
        elif this == ".":
            subpattern.append((_ANY, None))
        elif this == "(":
            verbose = _parse_group(source, state, verbose, nested, first, subpattern)
        elif this == "^":
            subpattern.append((_AT, _AT_BEGINNING))
        elif this == "$":
            subpattern.append((_AT, _AT_END))
    # non-capturing groups without flags dissolve into the sequence
    data = []
    for node in subpattern.data:
        op, av = node
        if op == _SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            data.extend(av[3].data)
        else:
            data.append(node)
    subpattern.data = data
    return subpattern


def _fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & _F_L:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & _F_A:
            flags |= _F_U
        elif flags & _F_U:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & _F_U:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & _F_L and flags & _F_A:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def _parse_pattern(pattern, flags):
    source = _Source(pattern)
    state = _State()
    state.flags = flags
    p = _parse_sub(source, state, flags & _F_X, 0)
    state.flags = _fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error("invalid group reference %d" % g, pattern, state.grouprefpos[g])
    return p


# ---- compiling: tree to an engine program (re_vm.h) ------------------------------------------

_OP_MATCH = const(0)
_OP_CHAR = const(1)
_OP_NOT_CHAR = const(2)
_OP_CHAR_I = const(3)
_OP_NOT_CHAR_I = const(4)
_OP_ANY = const(5)
_OP_ANY_ALL = const(6)
_OP_CLASS = const(7)
_OP_AT = const(8)
_OP_MARK = const(9)
_OP_SPLIT = const(10)
_OP_JUMP = const(11)
_OP_REP1 = const(12)
_OP_REPEAT_INIT = const(13)
_OP_REPEAT_HEAD = const(14)
_OP_REPEAT_TAIL = const(15)
_OP_GROUPREF = const(16)
_OP_GROUP_EXISTS = const(17)
_OP_LOOK = const(18)
_OP_LOOK_END = const(19)
_OP_ATOMIC = const(20)
_OP_ATOMIC_END = const(21)
_OP_FAIL = const(22)
_CASE_EXACT = const(0)
_CASE_ASCII = const(1)
_CASE_UNICODE = const(2)
_MULTILINE_AT = {_AT_BEGINNING: _AT_BEGINNING_LINE, _AT_END: _AT_END_LINE}
_UNICODE_AT = {_AT_BOUNDARY: _AT_UNI_BOUNDARY, _AT_NON_BOUNDARY: _AT_UNI_NON_BOUNDARY}


def _case_mode(flags):
    if not flags & _F_I:
        return _CASE_EXACT
    return _CASE_UNICODE if flags & _F_U else _CASE_ASCII


def _combine_flags(flags, add_flags, del_flags):
    if add_flags & _TYPE_FLAGS:
        flags &= ~_TYPE_FLAGS
    return (flags | add_flags) & ~del_flags


class _Compiler:
    def __init__(self):
        self.code = []
        self.nregs = 0

    def emit_unit(self, op, av, flags):
        # one character: a literal, a set or "."
        code = self.code
        if op == _LITERAL or op == _NOT_LITERAL:
            mode = _case_mode(flags)
            if mode and (av >= 128 or 65 <= av <= 90 or 97 <= av <= 122):
                code.extend((_OP_CHAR_I if op == _LITERAL else _OP_NOT_CHAR_I, av, mode, 0, 0, 0))
            else:
                code.extend((_OP_CHAR if op == _LITERAL else _OP_NOT_CHAR, av))
        elif op == _ANY:
            code.append(_OP_ANY_ALL if flags & _F_S else _OP_ANY)
        else:  # _IN
            negate = 0
            ranges = []
            cats = []
            unicode = 8 if flags & _F_U else 0
            for kind, value in av:
                if kind == _NEGATE:
                    negate = 1
                elif kind == _LITERAL:
                    ranges.append(value)
                    ranges.append(value)
                elif kind == _RANGE:
                    ranges.append(value[0])
                    ranges.append(value[1])
                else:
                    cats.append(value | unicode)
            size = 13 + len(ranges) + len(cats)
            code.extend((_OP_CLASS, size, negate | _case_mode(flags) << 1, 0, 0, 0, 0, 0, 0, 0, 0,
                         len(ranges) // 2))
            code.extend(ranges)
            code.append(len(cats))
            code.extend(cats)

    def compile(self, seq, flags):
        code = self.code
        for op, av in seq.data:
            if op in _UNIT_OPS:
                self.emit_unit(op, av, flags)
            elif op == _REPEAT:
                self.emit_repeat(av, flags)
            elif op == _SUBPATTERN:
                group, add_flags, del_flags, p = av
                if group:
                    code.extend((_OP_MARK, 2 * group))
                self.compile(p, _combine_flags(flags, add_flags, del_flags))
                if group:
                    code.extend((_OP_MARK, 2 * group + 1))
            elif op == _ATOMIC:
                code.append(_OP_ATOMIC)
                self.compile(av, flags)
                code.append(_OP_ATOMIC_END)
            elif op == _ASSERT or op == _ASSERT_NOT:
                direction, p = av
                width = 0
                if direction < 0:
                    lo, hi = p.getwidth()
                    if lo != hi:
                        raise error("look-behind requires fixed-width pattern")
                    width = lo
                look_flags = (1 if op == _ASSERT_NOT else 0) | (2 if direction < 0 else 0)
                at = len(code)
                code.extend((_OP_LOOK, look_flags, width, 0))
                self.compile(p, flags)
                code.append(_OP_LOOK_END)
                code[at + 3] = len(code)
            elif op == _AT:
                if flags & _F_M:
                    av = _MULTILINE_AT.get(av, av)
                if flags & _F_U:
                    av = _UNICODE_AT.get(av, av)
                code.extend((_OP_AT, av))
            elif op == _BRANCH:
                jumps = []
                last = len(av) - 1
                for i, alt in enumerate(av):
                    split = len(code)
                    if i < last:
                        code.extend((_OP_SPLIT, 0))
                    self.compile(alt, flags)
                    if i < last:
                        jumps.append(len(code))
                        code.extend((_OP_JUMP, 0))
                        code[split + 1] = len(code)
                for j in jumps:
                    code[j + 1] = len(code)
            elif op == _GROUPREF:
                code.extend((_OP_GROUPREF, av, _case_mode(flags)))
            elif op == _GROUPREF_EXISTS:
                group, yes, no = av
                at = len(code)
                code.extend((_OP_GROUP_EXISTS, group, 0))
                self.compile(yes, flags)
                if no is not None:
                    jump = len(code)
                    code.extend((_OP_JUMP, 0))
                    code[at + 2] = len(code)
                    self.compile(no, flags)
                    code[jump + 1] = len(code)
                else:
                    code[at + 2] = len(code)

    def emit_repeat(self, av, flags):
        lo, hi, kind, item = av
        code = self.code
        unit = _single_unit(item, flags)
        engine_hi = -1 if hi == MAXREPEAT else hi  # the engine's words: -1 is 0xffffffff
        if unit is not None:
            op, uav, uflags = unit
            at = len(code)
            code.extend((_OP_REP1, lo, engine_hi, kind, 0, -1))  # (the engine fills the last word)
            self.emit_unit(op, uav, uflags)
            code[at + 4] = len(code)
            return
        if kind == _POSSESSIVE:
            code.append(_OP_ATOMIC)
            self.emit_repeat((lo, hi, _GREEDY, item), flags)
            code.append(_OP_ATOMIC_END)
            return
        if lo == hi == 1:
            self.compile(item, flags)
            return
        if lo == 0 and hi == 1:
            # item? or item??: a choice, no counter needed
            at = len(code)
            if kind == _GREEDY:
                code.extend((_OP_SPLIT, 0))
                self.compile(item, flags)
                code[at + 1] = len(code)
            else:
                code.extend((_OP_SPLIT, at + 4, _OP_JUMP, 0))
                self.compile(item, flags)
                code[at + 3] = len(code)
            return
        r = self.nregs
        self.nregs += 1
        code.extend((_OP_REPEAT_INIT, r))
        head = len(code)
        code.extend((_OP_REPEAT_HEAD, r, lo, engine_hi, kind, 0))
        self.compile(item, flags)
        code.extend((_OP_REPEAT_TAIL, r, head))
        code[head + 5] = len(code)


def _single_unit(seq, flags):
    # (op, av, flags) if seq is one character item, perhaps in a non-capturing group
    while len(seq) == 1:
        op, av = seq[0]
        if op in _UNIT_OPS:
            return op, av, flags
        if op != _SUBPATTERN or av[0] is not None:
            return None
        flags = _combine_flags(flags, av[1], av[2])
        seq = av[3]
    return None


_ITEM_OPS = (_OP_CHAR, _OP_NOT_CHAR, _OP_CHAR_I, _OP_NOT_CHAR_I, _OP_ANY, _OP_ANY_ALL, _OP_CLASS)


def _first_item(code):
    # where the item every match must start with is, or -1; and whether matches are anchored
    pc = 0
    while True:
        op = code[pc]
        if op == _OP_MARK:
            pc += 2
        elif op == _OP_AT:
            if pc == 0 and code[1] in (_AT_BEGINNING, _AT_BEGINNING_STRING):
                return -1, True
            pc += 2
        elif op in _ITEM_OPS:
            return pc, False
        elif op == _OP_REP1 and code[pc + 1] >= 1:
            return pc + 6, False
        else:
            return -1, False


def _compile_pattern(pattern, flags):
    p = _parse_pattern(pattern, flags)
    state = p.state
    compiler = _Compiler()
    compiler.compile(p, state.flags)
    code = compiler.code
    code.append(_OP_MATCH)
    return Pattern(pattern, state.flags, state.groups - 1, state.groupdict, code, compiler.nregs,
                   min(p.getwidth()[0], 0x7FFFFFFF))


# ---- templates (sub, expand) ------------------------------------------------------------------


def _parse_template(template, pattern):
    # a replacement string to ([(literal index, group)...], [literal or None...])
    s = _Source(template)
    groups = []
    literals = []
    literal = []

    def addgroup(index, pos):
        if index > pattern.groups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            literals.append("".join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    groupindex = pattern._groupindex
    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if _isidentifier(name):
                    try:
                        index = groupindex[name]
                    except KeyError:
                        raise IndexError("unknown group name %r" % name) from None
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name, len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next is not None and s.next in _OCTDIGITS:
                    this += s.get()
                    if s.next is not None and s.next in _OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xFF))
            elif c in _DIGITS:
                isoctal = False
                if s.next is not None and s.next in _DIGITS:
                    this += s.get()
                    if c in _OCTDIGITS and this[2] in _OCTDIGITS and s.next is not None and s.next in _OCTDIGITS:
                        this += s.get()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error("octal escape value %s outside of range 0-0o377" % this, len(this))
                        literal.append(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                code = _ESCAPES.get(this)
                if code is not None:
                    this = chr(code[1])
                elif c in _ASCIILETTERS:
                    raise s.error("bad escape %s" % this, len(this))
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        literals.append("".join(literal))
    if not isinstance(template, str):
        literals = [None if lit is None else bytes([ord(ch) for ch in lit]) for lit in literals]
    return groups, literals


def _template_parts(template):
    # the engine's form of a template: literals and group numbers, in order
    groups, literals = template
    parts = literals[:]
    for index, group in groups:
        parts[index] = group
    return [part for part in parts if isinstance(part, int) or part]


# ---- Pattern and Match ------------------------------------------------------------------------

_FLAG_REPR = ((1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"),
              (16, "re.DOTALL"), (32, "re.UNICODE"), (64, "re.VERBOSE"), (128, "re.DEBUG"),
              (256, "re.ASCII"))


class Pattern:
    """A compiled regular expression (re.compile)."""

    def __init__(self, pattern, flags, groups, groupindex, code, nregs, min_width):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self._groupindex = groupindex
        self._names = [None] * (groups + 1)  # group number to name
        for name, index in groupindex.items():
            self._names[index] = name
        self._templates = {}
        first, anchored = _first_item(code)
        prog = self._prog = _re.Program(self, code, 2 * groups + 2, nregs, isinstance(pattern, str), first,
                                        anchored, min_width)
        # The engine's methods take these methods' arguments: handed out directly, they cost
        # no Python frame per call (the methods below document them, and serve Pattern.x(p, ...)).
        self.search = prog.search
        self.match = prog.match
        self.fullmatch = prog.fullmatch
        self.findall = prog.findall
        self.split = prog.split
        self.scanner = prog.scanner

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def search(self, string, pos=0, endpos=None):
        return self._prog.search(string, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        return self._prog.match(string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._prog.fullmatch(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        search = self._prog.scanner(string, pos, endpos).search
        while True:
            m = search()
            if m is None:
                return
            yield m

    def scanner(self, string, pos=0, endpos=None):
        return self._prog.scanner(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        return self._prog.findall(string, pos, endpos)

    def split(self, string, maxsplit=0):
        return self._prog.split(string, maxsplit)

    def _template(self, repl):
        parts = self._templates.get(repl)
        if parts is None:
            if len(self._templates) >= 64:
                self._templates.clear()
            parts = _template_parts(_parse_template(repl, self))
            self._templates[repl] = parts
        return parts

    def subn(self, repl, string, count=0):
        if callable(repl):
            return self._prog.sub(repl, string, count)
        if (isinstance(repl, str) and "\\" not in repl) or (isinstance(repl, bytes) and b"\\" not in repl):
            parts = [repl]  # a literal
        else:
            parts = self._template(repl)
        return self._prog.sub(parts, string, count)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def _expand(self, match, template):
        # Match.expand(template)
        groups, literals = _parse_template(template, self)
        empty = match.string[:0]
        literals = literals[:]
        for index, group in groups:
            literals[index] = match.group(group) or empty
        return empty.join(literals)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (_F_L | _F_U | _F_A) == _F_U:
            flags &= ~_F_U
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = [name for value, name in _FLAG_REPR if flags & value]
        rest = flags & ~_ALL_FLAGS
        if rest:
            names.append(hex(rest))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags \
            and type(self.pattern) is type(other.pattern)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# The result of a successful match (C, in _re: one is made for every hit). Its methods and
# attributes are CPython's: group, groups, groupdict, start, end, span, expand, m[g], re,
# string, pos, endpos, lastindex, lastgroup, regs.
Match = _re.Match


# ---- the module's functions -------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:  # an unhashable pattern: not str or bytes anyway
        key = None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _compile_pattern(pattern, flags)
    if not flags & _F_DEBUG:
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string: a Match object, or None."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string: a Match object, or None."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern: a Match object, or None."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "The string with the leftmost non-overlapping matches replaced by repl (a template or a function)."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "As sub, returning (new string, number of substitutions made)."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the string by the matches of the pattern, with the text of its groups in between."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "All non-overlapping matches: strings, or tuples of groups when the pattern has several."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "An iterator over the Match objects of all non-overlapping matches."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches."
    _cache.clear()


def template(pattern, flags=0):
    raise error("re.template() is not supported")


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    "Escape the characters of pattern that are special in a regular expression."
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    out = bytearray()
    for b in pattern:
        if b < 128 and chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)


class Scanner:
    """A simple lexer (undocumented in CPython): a list of (pattern, action) tried in turn."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        flags = int(flags)
        state = _State()
        state.flags = flags
        alternatives = []
        for phrase, action in lexicon:
            gid = state.opengroup()
            sub = _Seq(state, [(_SUBPATTERN, (gid, 0, 0, _parse_pattern(phrase, flags)))])
            alternatives.append(sub)
            state.closegroup(gid, sub)
        tree = _Seq(state, [(_BRANCH, alternatives)])
        source = lexicon[0][0] if lexicon else ""
        compiler = _Compiler()
        compiler.compile(tree, _fix_flags(source, flags))
        compiler.code.append(_OP_MATCH)
        self.scanner = Pattern(source, flags, state.groups - 1, {}, compiler.code, compiler.nregs, 0)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
