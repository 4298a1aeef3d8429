# The functions and the Pattern and Match objects of re, checked against CPython, with the
# edge cases of empty matches, pos/endpos, groups that did not take part, and templates.
import re

# Pattern attributes
p = re.compile(r"(?P<key>\w+)=(?P<value>\d+)?(;)?")
print(p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
print(re.compile("").groups, re.compile("(a)(b)(?:c)(?P<d>d)").groups, re.compile("(a)").groupindex == {})
print(repr(p))
print(re.compile("a+", re.I | re.M), re.compile("x", re.S | re.X), re.compile("(?i)x"), re.compile("y", re.A))
print(re.compile(b"ab", re.I), re.compile("z", re.U))
print(re.compile("abc") == re.compile("abc"), re.compile("abc") == re.compile("abc", re.I), re.compile("abc") != re.compile("abd"))
print(re.compile("abc") is re.compile("abc"), re.compile(p) is p)

# Match attributes and methods
m = p.search("  width=20; height=")
print(m.group(), m.group(0), m.group(1, 2, 3), m.group("key", "value"), m.groups(), m.groups("-"))
print(sorted(m.groupdict().items()), m.span(), m.span(1), m.span(3), m.start(2), m.end("value"))
print(m.start(3), m.end(3), m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re is p)
print(m[0], m[1], m["value"], m.regs)
print(m.expand(r"\g<key> is \2 (\g<0>) [\3]"), m.expand(r"\1\n\\"))
m = p.search("  x=; y=5", 2, 7)
print(m.group(), m.groups(), m.pos, m.endpos, m.span(), m.lastindex)
m = p.search("height=", 1)
print(m.group(), m.groups(), sorted(m.groupdict("?").items()), m.lastindex, m.lastgroup)
print(re.match(r"(a)(?P<b>b)", "ab").lastgroup, re.match(r"(?P<a>a)(b)", "ab").lastgroup)
print(re.match(r"(a)?", "").lastindex, re.match(r"((a)|b)+", "ab").lastindex, re.match(r"(?P<x>(?P<y>a))", "a").lastgroup)
for bad in (4, -1, "nope", 1.5):
    try:
        m.group(bad)
        print("no error", bad)
    except IndexError as e:
        print("IndexError", e)
print(bool(re.match("", "")), re.match("", "").span(), re.match("", "abc").group() == "")
print(repr(re.search(r"\d+", "abc 1234")), repr(re.match(r"a(b)?", "a")))

# pos and endpos
p = re.compile(r"\w+")
print(p.search("one two three", 4), p.search("one two three", 4, 6), p.search("one two", 7), p.search("abc", 2, 1))
print(p.match("one two", 4), p.match("one two", 3), p.fullmatch("one two", 4), p.fullmatch("one two", 0, 3))
print(p.findall("one two three", 3), p.findall("one two three", 0, 7), p.findall("abc", -5, 99))
print([m.span() for m in p.finditer("a bb ccc", 1)], [m.group() for m in p.finditer("a bb ccc", 0, 4)])
m = p.search("abc", -3, 100)
print(m.pos, m.endpos)
print(re.compile("^b").search("ab", 1), re.compile("(?m)^b").search("a\nb", 2), re.compile("a$").search("ab", 0, 1))
print(re.compile(r"\bb").search("ab", 1), re.compile(r"(?<=a)b").search("ab", 1))

# findall and its groups
print(re.findall(r"\d", "a1b2c3"), re.findall(r"(\d)", "a1b2c3"), re.findall(r"(\w)(\d)", "a1b2c3"))
print(re.findall(r"(a)|b", "abab"), re.findall(r"(a)|(b)", "ab"), re.findall(r"(?:a)(b)?", "aab"))
print(re.findall(r"", "abc"), re.findall(r"a*", "baaac"), re.findall(r"\b", "ab cd"), re.findall(r"^", "a\nb", re.M))
print(re.findall(r"$", "a\nb\n", re.M), re.findall(r"(?=a)", "aaa"), re.findall(r".", ""), re.findall(r"x?", "x"))

# finditer
print([(m.start(), m.group()) for m in re.finditer(r"a*", "baaa")])
print([m.groups() for m in re.finditer(r"(\w)=(\d)?", "a=1 b= c=3")])
it = re.finditer(r"\d", "1 2")
print(next(it).group(), next(it).group(), next(it, "end"))

# split
print(re.split(r",", "a,b,,c,"), re.split(r",", ""), re.split(r"x*", "axbc"), re.split(r"(x)*", "axbc"))
print(re.split(r"(,)", "a,b"), re.split(r"(,)|(;)", "a,b;c"), re.split(r",", "a,b,c", maxsplit=1))
print(re.split(r",", "a,b,c", 2), re.split(r",", "a,b,c", -1), re.split(r"\s+", "  leading and trailing  "))
print(re.split(r"(?=[A-Z])", "HelloBigWorld"), re.split(r"^", "a\nb", flags=re.M), re.split(r"$", "a\nb", flags=re.M))
print(re.compile(r"[;,]\s*").split("a; b,c"), re.split(r"\b", "ab"))

# sub and subn
print(re.sub(r"a", "b", "banana"), re.sub(r"a", "b", "banana", 2), re.sub(r"a", "b", "banana", count=1))
print(re.subn(r"a", "b", "banana"), re.subn(r"z", "b", "banana"), re.subn(r"", "-", "abc"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"(?P<n>\d+)", r"<\g<n>>", "a1b22"))
print(re.sub(r"(\d)", r"\g<1>0", "a1b2"), re.sub(r"(\d)", r"\10", "a1b2") if False else "", re.sub("(b)?a", r"[\1]", "aba"))
print(re.sub(r"x", r"\n\t\\", "axb") == "a\n\t\\b", re.sub(r"x", "\\\\", "axb"), re.sub(r"x", r"\&", "axb"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.sub(r"(?i)b", lambda m: m.group().upper() if m.group().islower() else m.group().lower(), "aBcbd"), re.sub(r"x*", "-", "abxd"), re.sub(r"x*?", "-", "ax"))
print(re.sub(r"a|(b)", r"[\1]", "ab"), re.sub(r"", "-", ""), re.sub(r"^", ">", "a\nb", flags=re.M))
print(re.sub(r"\s+", " ", "  many   spaces\there  ").strip(), re.subn(r"(\w)(\w)", r"\2\1", "abcde", 1))
print(re.compile(r"o").sub("0", "foo boo"), re.compile(r"o").subn("0", "foo boo", 3))
print(re.sub("a", lambda m: None, "banana") if False else "", re.sub(r"(a)(b)?", lambda m: str(m.groups()), "ab a"))

# escape
print(re.escape("a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o p#q&r~s-t"), re.escape("plain_text123"), re.escape(""))
print(re.escape(b"1.5*2"), re.match(re.escape("1+1=2?"), "1+1=2?").group())

# the cache and purge
for i in range(3):
    re.match("cached(%d)" % i, "cached1")
re.purge()
print(re.match("cached(1)", "cached1").groups())

# RegexFlag
print(re.I, repr(re.M), re.I | re.M, re.A | re.I, re.I | re.X | re.S, int(re.I | re.M), re.NOFLAG)
print(re.I & re.M, re.I | 0, re.IGNORECASE == 2, re.I.value, re.I.name, isinstance(re.I, int), re.U, re.L, re.T, re.DEBUG)
print(re.ASCII | re.IGNORECASE | re.LOCALE | re.UNICODE | re.MULTILINE | re.DOTALL | re.VERBOSE)

# Scanner (an undocumented helper some code uses)
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, t: ("NAME", t)),
    (r"\d+", lambda s, t: ("NUM", int(t))),
    (r"[=+*]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("x = 42 + y1 * 3 $rest"))
sc = re.compile(r"\w+|\s+").scanner("ab cd!")
found = []
m = sc.match()
while m:
    found.append(m.group())
    m = sc.match()
print(found, sc.match(), re.compile(r"\d").scanner("a1b2").search().group())

# sub's corner cases
print(re.sub("a", "b", "aaa", count=-1), re.split("a", "bab", -1), re.subn("a", "b", "aaa", -2))
print(re.sub("a", lambda m: None, "bab"), re.sub(b"a", b"x", bytearray(b"bab")), re.split(b"a", bytearray(b"bab")))
for pattern, repl, subject in (("a", lambda m: 5, "bab"), (b"a", "x", b"bab"), ("a", b"x", "bab"), ("a", lambda m: b"x", "ab")):
    try:
        print(re.sub(pattern, repl, subject))
    except TypeError as e:
        print("TypeError:", e)
m = re.match(r"(?P<x>a)(b)?", "ab")
print(isinstance(m, re.Match), isinstance(re.compile("a"), re.Pattern), m.re.pattern, m.regs, m.lastgroup, m.lastindex)
print(re.sub(r"(?P<w>\w+)", lambda m: m.expand(r"<\g<w>:\1>"), "hi there"), re.sub("(b)|a", lambda m: str(m.lastindex), "ab"))

# keyword arguments, and the methods called through the class
p = re.compile(r"\w")
print(p.search("ab c", pos=2), p.match(string="xy", endpos=1).span(), p.findall("abc", pos=1, endpos=2))
print(p.fullmatch("a", pos=0), p.split("a b", maxsplit=1), re.compile(",").split(string="a,b,c", maxsplit=1))
print(re.Pattern.search(p, "  z").span(), re.Pattern.findall(p, "xy"), [m.group() for m in p.finditer("ab", pos=1)])
