# Unicode-aware str patterns (\w \d \s \b, IGNORECASE beyond ASCII, the ASCII flag) and bytes
# patterns, checked against CPython. Ranges of code points (every fifth in the BMP) are
# classified in one pass and summarised: the matches, their length and the sum of their UTF-8
# bytes (sum() runs in C: Python loops over tens of thousands of characters are slow here).
import re


def text_of(lo, hi, step=1):
    # UTF-8 encoded by hand and decoded once: chr() would intern every character, and
    # MicroPython searches all interned strings whenever it makes a str
    out = bytearray()
    for c in range(lo, hi, step):
        if c < 0x80:
            out.append(c)
        elif c < 0x800:
            out += bytes((0xC0 | c >> 6, 0x80 | c & 0x3F))
        elif c < 0x10000:
            out += bytes((0xE0 | c >> 12, 0x80 | c >> 6 & 0x3F, 0x80 | c & 0x3F))
        else:
            out += bytes((0xF0 | c >> 18, 0x80 | c >> 12 & 0x3F, 0x80 | c >> 6 & 0x3F, 0x80 | c & 0x3F))
    return out.decode()


BMP = text_of(0, 0xD800, 5) + text_of(0xE000, 0x10000, 5)
ASTRAL = text_of(0x10000, 0x30000, 29) + text_of(0xE0000, 0xE0200, 5)


def summary(pattern, text, flags=0):
    matches = re.findall(pattern, text, flags)
    found = "".join(matches)
    # (repr() of non-ASCII text differs in MicroPython: code points instead)
    print([ord(c) for c in pattern], flags, len(matches), len(found), sum(found.encode()))


for pattern in (r"\w+", r"\d+", r"\s+", r"\W+", r"\D+", r"\S+", r"[\w\s]+", r"[^\d\s]+"):
    summary(pattern, BMP)
summary(r"\w+", ASTRAL)
summary(r"\d+", ASTRAL)
summary(r"\w+", BMP, re.ASCII)
summary(r"\s+", BMP, re.ASCII)
summary(r"\b\w", BMP)

# IGNORECASE: classes and literals against every character
for pattern in (r"[a-z]+", r"[A-Z]+", "[\u00e0-\u00fe]+", "[\u03b1-\u03c9]+", "[\u0410-\u042f]+",
                "[\u10d0-\u10fa]+", "[\u0100-\u017f]+", "[^a-z\\W\\d_]+"):
    summary(pattern, BMP, re.I)
summary(r"[a-z]+", BMP, re.I | re.A)
summary("[\U00010400-\U0001044f]+", ASTRAL + text_of(0x10400, 0x10450), re.I)
# every character of the case classes below, and their neighbours
CASED = text_of(0, 0x400) + text_of(0x1C80, 0x1C90) + text_of(0x1E80, 0x1F00) + text_of(0x2100, 0x2140)
for ch in "ksiµσθßİıſK\u1e9e\u00e5\u212b\u01c5":
    found = re.findall(re.escape(ch), CASED, re.I)
    print("literal", ord(ch), [ord(c) for c in found])
    found = re.findall("[%s]" % re.escape(ch), CASED, re.I)
    print("class", ord(ch), [ord(c) for c in found])
print([ord(c) for c in re.findall("[^k]", "kK\u212ax", re.I)], re.findall("[^k]", "kKx", re.I | re.A))

# backreferences ignore case with the simple lowercase mapping
for a, b in (("s", "S"), ("s", "\u017f"), ("i", "\u0130"), ("\u00e9", "\u00c9"), ("k", "\u212a"), ("\u03c3", "\u03c2")):
    print(ord(a), ord(b), bool(re.fullmatch(r"(.)\1", a + b, re.I)), bool(re.fullmatch(r"(.)\1", a + b)))

# matching non-ASCII text: positions count characters
s = "Grüße aus Köln: 12 Äpfel, ٣ تفاح, and 四 pears"
print([m.span() for m in re.finditer(r"\w+", s)])
print("|".join(re.findall(r"\w+", s)), "|".join(re.findall(r"\d+", s)), "|".join(re.findall(r"(?a)\w+", s)))
print(re.sub(r"[äöüß]", "_", s, flags=re.I), re.subn(r"\b", "|", "éa bü")[1])
print("|".join(re.split(r"\W+", s)), re.search("köln", s, re.I).span(), re.search(r"(?<=ü)ß", s).span())
m = re.search(r"(?P<city>K\w+): (?P<n>\d+) (\w+)", s)
print(m.group("city"), m.span("city"), m.start("n"), m.end(3), m.group(3), m.span())
print(re.search("l", s, re.I).start(), re.search("n", s[12:]).start(), re.compile(r"\w+").search(s, 9).span())
print(re.match(".", "\U0001f600x").end(), len(re.findall(".", "a\U0001f600\u00e9\n", re.S)), re.fullmatch("..", "\U0001f600\u00e9") is not None)
print(re.sub(".", lambda m: "%X," % ord(m.group()), "\u00e9\U0001f600"), re.search("\U0001f600+", "x\U0001f600\U0001f600").span())
print("|".join(re.findall(r"[\u00e0-\u00ff]", "àbçdé")), re.findall("[^\u00e0-\u00ff]", "àbçdé"))

# bytes patterns: ASCII semantics
print(re.findall(rb"\w+", b"caf\xc3\xa9 bar_1"), re.findall(rb"\d", b"1\xd9\xa3"), re.findall(rb"\s", b"a \x1c\x85b"))
print(re.match(rb"[a-z]+", b"ABC", re.I), re.findall(rb"[\xe0-\xff]", b"\xe0\xc0", re.I), re.match(b"\xe9", b"\xc9", re.I))
print(re.sub(rb"(\d+)", rb"<\1>", b"a1b22"), re.split(rb",\s*", b"a, b,c"), re.subn(b"x*", b"-", b"ab"))
m = re.search(rb"(?P<k>\w+)=(?P<v>\w*)", b"  key=value")
print(m.group(), m.groups(), m.span(), m.group("v"), m.expand(rb"\g<v>:\1"), repr(m))
print(re.search(rb"\bb", b"a b"), re.match(b".", b"\n"), re.match(b".", b"\n", re.S), re.search(rb"\xff+", b"a\xff\xffb").span())
print(re.search(b"b+", bytearray(b"abbc")).group(), re.findall(b"[ac]", memoryview(b"abc")), re.sub(b"b", b"x", bytearray(b"abc")))
print(re.compile(b"(?i)abc").flags, re.compile(rb"\w", re.L).flags, re.match(rb"(?L)\w", b"a").group())
