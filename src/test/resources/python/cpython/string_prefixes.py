# String and bytes prefixes in any case (patch 0160).
x = 7
print(R"\d+", r"\n", Rb"\x00", rB"a\b", bR"c\d", BR"e", Br"f", RB"g", b"h", B"i")
print(F"{x}", f"{x}", Rf"{x}\n", rF"{x}\t", fR"{x}\\", FR"{x}", U"u", u"v", "w" R"\x" f"{x}")
print(type(Rb"").__name__, type(U"").__name__, len(R"\\"), R'single', Rb'single')
