# str methods CPython has (patch 0041), case mapping beyond ASCII, repr of non-ASCII text,
# ascii() and !a (patch 0042).
samples = ["", "a", "hello world", "Hello World", "HELLO", "they're bill's friends", "ß straße",
           "élan vital ÉCOLE", "Müller ÿ Ÿ", "Ωμέγα σοφία", "Привет МИР ёЁ", "123abc", "  x\ty\tz",
           "a\tbc\td\n\te", "Çà ça Ð ð Þ þ", "µ ſ ς", "ab12_", "_x", "1x", "x y", "Ñandú", "日本語",
           "日本語abc", "\x00\x7f", "tab\t", "Đặng Việt", "ＡＢｃ"]
for s in samples:
    print(repr(s.lower()), repr(s.upper()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()), repr(s.casefold()))
    print(s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(),
          s.isascii(), s.isidentifier(), s.isprintable(), s.isdecimal(), s.isnumeric())
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(tabsize=0)), repr(s.center(12)),
          repr(s.ljust(12, "*")), repr(s.rjust(12, "é")), repr(s.zfill(8)))
# Justified difference: CPython's repr of a bytearray escapes every "'" even inside double
# quotes (bytearray(b"THEY\'RE")), a quirk bytes' repr does not have; MicroPython shows
# bytearray(b"THEY'RE"). The bytearray results are compared through bytes() here.
for b in [b"", b"abc", b"Hello World", b"they're", b"\xc3\xa9t\xc3\xa9", b"A\tb"]:
    print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.isupper(), b.islower(),
          b.istitle(), b.isalpha(), b.isalnum(), b.isascii(), b.center(9, b"-"), b.ljust(7),
          b.rjust(7, b"0"), b.zfill(6), b.expandtabs(3), bytes(bytearray(b).upper()), bytes(bytearray(b).removeprefix(b"A")))
for s, w in [("-42", 6), ("+7", 4), ("42", 5), ("-", 3), ("", 3), ("abc", 2), ("-0.5", 7)]:
    print(s.zfill(w), s.center(w, "x"))
print("Hi".center(8, "*"), "Hi".center(7, "*"), "H".center(4, "*"), "abc".center(6, "-"), "ab".center(5), "abc".center(4))
print("abc".removeprefix("a"), "abc".removeprefix("x"), "abc".removesuffix("bc"), "abc".removesuffix(""), b"abc".removeprefix(b"ab"))
for bad in [lambda: "x".ljust(3, "ab"), lambda: "x".center(3, ""), lambda: "x".rjust(3, b"a"), lambda: "x".zfill("a")]:
    try:
        bad()
    except TypeError:
        print("TypeError")
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}),
      "é!".translate(str.maketrans({"é": "e", "!": None})))


class Lookup:
    def __getitem__(self, key):
        if key == ord("a"):
            return "A"
        raise LookupError(key)


print("banana".translate(Lookup()))

for s in ["é", "naïve café", "日本", "\u00a0x", "\u00ad", "\u200b", "\u2028", "\ufeff", "\ue000", "😀",
          "\U000e0001", "\x85", "a'b", 'a"b', "\\", "\x7f"]:
    print(repr(s), ascii(s), f"{s!a}", "{!a}".format(s), "{0!r:>8}".format(s), s.isprintable())
print(ascii([1, "é", {"ü": b"\xff"}]), repr(["José", "Zoë"]), str(["日本"]))
