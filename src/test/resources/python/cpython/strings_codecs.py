# str/bytes codecs, keyword arguments and splitting (patch 0044).
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), bytes("é", encoding="utf-8"), bytes("é", "latin-1"))
print("é€".encode(), "é".encode("latin-1"), "é".encode(encoding="utf-8", errors="strict"))
print(b"\xff\xfeab".decode("utf-8", errors="replace"), b"\xffab".decode("utf-8", "ignore"),
      b"\xffab".decode(errors="backslashreplace"), b"caf\xe9".decode("latin-1"))
print("é€x".encode("ascii", "replace"), "é€x".encode("ascii", errors="ignore"), "é€x".encode("ascii", "backslashreplace"))
for bad in [lambda: b"\xff".decode(), lambda: b"\xc0\xaf".decode("utf-8"), lambda: b"\xed\xa0\x80".decode(),
            lambda: b"ab\x80".decode("ascii"), lambda: "é".encode("ascii"), lambda: "€".encode("latin-1")]:
    try:
        bad()
    except UnicodeError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
try:
    "x".encode("klingon")
except LookupError as e:
    print("LookupError", e)
print("a b  c".split(maxsplit=1), "a,b,c".split(sep=",", maxsplit=1), "a b c d".rsplit(None, 2), "  a b c  ".rsplit(maxsplit=1),
      "a,b,c".rsplit(",", 1), "a b".rsplit(), b"a b c".rsplit(None, 1))
print("one\ntwo\r\nthree\rfour\vfive\x0csix\x1cseven\x85eight\u2028nine".splitlines())
print("a\nb\r\nc".splitlines(True), "a\nb\r\n".splitlines(keepends=True), "".splitlines(), b"a\nb\r\n".splitlines())
