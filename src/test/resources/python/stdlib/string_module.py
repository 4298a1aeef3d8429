# string: constants, capwords, Template and Formatter, against CPython.
import string
from string import Template, Formatter

for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits",
             "punctuation", "printable", "whitespace"):
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
for s, sep in (("hello world", None), ("  hello   WORLD  again ", None), ("a-b-c", "-"), ("", None),
("x,,y", ","), ("one\ttwo\nthree", None), ("mIxEd cAsE", " ")):
    print(repr(string.capwords(s, sep)))

print("-- Template")
t = Template("$who likes $what, ${who}'s $$5 ${what}s")
print(t.substitute(who="tim", what="kung pao"), t.template)
print(t.substitute({"who": "ann", "what": 3}), t.substitute({"who": "ann", "what": "x"}, what="y"))
print(t.safe_substitute(who="bob"), t.get_identifiers(), t.is_valid())
for text in ("$who $", "$1abc", "${who", "${ who}", "line1\nline2 $!", "$$", "$", "a$b$c", "${a}${b}c$d_1 $e2",
             "$who$what", "${}", "trailing $who."):
    tt = Template(text)
    print(repr(text), tt.is_valid(), tt.get_identifiers(), repr(tt.safe_substitute(who="W", a=1, b=2, d_1="D")))
    try:
        print(repr(tt.substitute(who="W", what="X", a=1, b=2, d_1="D", e2="E", abc=0)))
    except KeyError as e:
        print("KeyError", e.args)
    except ValueError as e:
        print("ValueError", e)
try:
    Template("$missing").substitute({})
except KeyError as e:
    print("KeyError", e.args)
try:
    Template("$a").substitute({"a": 1}, {"a": 2})
except TypeError:
    print("TypeError")


class Percent(Template):
    delimiter = "%"


print(Percent("%name is %% %{name}s").substitute(name="x"), Percent("100%").safe_substitute())

print("-- Formatter")
f = Formatter()
print(f.format("{0} {1} {0}", "a", "b"), f.format("{} {}", 1, 2), f.format("{x}-{y}", x=1, y=2))
print(f.format("{0:>5}|{1:<4}|{2:^6}|{3:08.3f}|{4:,}|{5:x}|{6:+d}", "ab", "c", "mid", 3.14159, 1234567, 255, 7))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(f.format("{a.x} {b[1]} {c[key]} {d[0][1]} {0.y} {0.x.x}", Point(Point(1, 2), 3), a=Point(5, 6), b=[1, 2],
               c={"key": "v"}, d=[(1, 2)]))
print(f.format("{0!r} {0!s} {0!a} {1!r:>8}", "e", "x"))
print(f.format("{:{}}|{:{w}.{p}f}", "x", 4, 3.14159, w=8, p=2), f.format("{{literal}} {0}", 1))
print(f.format("{0:{1}}", 42, ">{}".format(6)))
for s in ("a{0}b{x!r:>10}c{{d}}", "{}", "{0:{1}}", "x}}y", "{a.b[0]}", "{{", "}}", "{!r}", "{0!r:}", "abc", "",
          "{:}", "{0:{1:{2}}}"):
    print(repr(s), list(f.parse(s)))
for s in ("{", "}", "a{0", "{0!rr}", "a}b", "{0}{}", "{}{0}", "{5}"):
    try:
        print(repr(s), f.format(s, "A", "B"))
    except (ValueError, IndexError) as e:
        print(repr(s), type(e).__name__, e)


class Upper(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return key.upper()
        return Formatter.get_value(self, key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return Formatter.convert_field(self, value, conversion)


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: %s" % sorted(unused))


print(Upper().format("{hello} {0!u} {name}", "abc", name="n"))
try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print(e)
print(Strict().format("{a}{b}", a=1, b=2))
