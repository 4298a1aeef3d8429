# Invalid patterns and templates: the exception type, message and position are CPython's.
import re


def check(pattern, flags=0):
    try:
        re.compile(pattern, flags)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "error:", e, "| msg:", e.msg, "| pos:", e.pos, e.lineno, e.colno)
    except (OverflowError, ValueError, TypeError) as e:
        print(repr(pattern), type(e).__name__ + ":", e)


for pattern in [
    "(abc", "abc)", "(?P<name>x", "[abc", "[z-a]", "*a", "a**", "a{2}{3}", "x{3,2}", "\\",
    "a\\", "\\q", "[\\q]", "\\8", "(a)\\2", "(?P<1>x)", "(?P<a-b>x)", "(?P<x>a)(?P<x>b)",
    "(?P=nope)", "(?P=)", "(?P<>x)", "(?Px)", "(?<x)", "(?z)", "(?", "(?<=a+)b", "(?<!a|bc)d",
    "(?<=a{1,2})b", "x(?i)y", "(?i", "(?i-i:a)", "(?-a:b)", "(?au)x", "(?i-:x)", "(?-)x",
    "(?(1)a|b)", "(?(x)a)", "(?(a-b)x)", "(?(0)x)", "(a)(?(1)x|y|z)", "(?#unterminated",
    "a{99999999999}", "a{1,4294967295}", "[\\d-z]", "[a-\\d]", "\\x4", "\\u12", "\\U0011ffff",
    "\\400", "[\\400]", "^*", "$+", "(?<=\\b)x", "(?P<a>a)(?<=(?P=a))b",
    "(a)(?<=\\1)", "(?<=(a))\\1", "abc\n(def", "(?x)\n  ( # open\n  a", "a|*", "()", "(|)",
    "[]", "[^]", "a{,", "(?>a", "a++?", "\\b*",
]:
    check(pattern)

check("a", re.LOCALE)
check(b"a", re.UNICODE)
check("a", re.ASCII | re.UNICODE)
check(b"(?u)a")
check("(?L)a")
check(b"\\u1234")
check(b"[\\x80-\\x7f]")
for bad in (42, None):
    try:
        re.compile(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.compile(["a"])
except TypeError:
    print("TypeError for a list")
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)

# subjects of the wrong type
for pattern, subject in (("a", b"a"), (b"a", "a"), ("a", 1), (b"a", 1.5)):
    try:
        re.search(pattern, subject)
    except TypeError as e:
        print("TypeError:", e)

# templates
for template in (r"\3", r"\g<3>", r"\g<x", r"\g<>", r"\g<-1>", r"\g<1a>", r"\q", r"\g", "\\"):
    try:
        print(re.sub(r"(a)(b)?", template, "ab"))
    except re.error as e:
        print(repr(template), "error:", e)
try:
    re.sub(r"(?P<a>x)", r"\g<b>", "x")
except IndexError as e:
    print("IndexError:", e)
print(re.sub(r"(a)", r"\g<1>\\0\0", "a") == "a\\0\x00")
print(re.match("(a)", "a").expand(r"[\1]"), re.match("(a)|(b)", "a").expand(r"[\2]"))

# the attributes of error
e = re.error("plain")
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e))
e = re.error("with position", "ab\ncd", 4)
print(e.msg, e.pattern == "ab\ncd", e.pos, e.lineno, e.colno, str(e))
print(issubclass(re.error, Exception), re.PatternError is re.error if hasattr(re, "PatternError") else True)
