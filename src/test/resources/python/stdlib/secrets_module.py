# secrets: tokens and random choices from the secure source (only sizes, types and ranges printed)
import secrets
import random


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(secrets.DEFAULT_ENTROPY)
print(sorted(secrets.__all__))
print(secrets.SystemRandom is random.SystemRandom)

# token_bytes
for n in (None, 0, 1, 16, 32, 100):
    t = secrets.token_bytes(n)
    print("token_bytes", n, type(t).__name__, len(t))
t = secrets.token_bytes()
print(type(t).__name__, len(t))
print(len(secrets.token_bytes(True)))

# token_hex
for n in (None, 0, 1, 5, 16, 33):
    t = secrets.token_hex(n)
    print("token_hex", n, type(t).__name__, len(t), all(c in "0123456789abcdef" for c in t))
print(len(secrets.token_hex()))

# token_urlsafe: about 1.3 characters per byte, no padding
alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
for n in (None, 0, 1, 2, 3, 4, 16, 32, 33):
    ok = True
    lengths = set()
    for i in range(20):
        t = secrets.token_urlsafe(n)
        lengths.add(len(t))
        ok = ok and all(c in alphabet for c in t) and "=" not in t
    print("token_urlsafe", n, type(t).__name__, sorted(lengths), ok)

# randomness: different tokens (a collision of 16 random bytes would be a broken source)
tokens = set(secrets.token_bytes(16) for i in range(50))
print("distinct", len(tokens))
hexes = set(secrets.token_hex(8) for i in range(50))
print("distinct hex", len(hexes))
seen_bytes = set()
for i in range(40):
    seen_bytes.update(secrets.token_bytes(64))
print("byte values seen > 200:", len(seen_bytes) > 200)

# randbelow
for n in (1, 2, 3, 10, 1000, 2 ** 70, 2 ** 64 + 1):
    values = [secrets.randbelow(n) for i in range(200)]
    print("randbelow", n, all(type(v) is int and 0 <= v < n for v in values))
print(secrets.randbelow(1))
print(sorted(set(secrets.randbelow(3) for i in range(300))))
print(sorted(set(secrets.randbelow(True) for i in range(10))))
attempt("randbelow(0)", secrets.randbelow, 0)
attempt("randbelow(-3)", secrets.randbelow, -3)
attempt("randbelow(1.5)", secrets.randbelow, 1.5)

# randbits
for k in (0, 1, 7, 8, 31, 32, 33, 64, 100, 257):
    values = [secrets.randbits(k) for i in range(100)]
    print("randbits", k, all(type(v) is int and 0 <= v < 2 ** k for v in values))
print(secrets.randbits(0))
print(sorted(set(secrets.randbits(2) for i in range(400))))
print(max(secrets.randbits(64) for i in range(100)) > 2 ** 56)
attempt("randbits(-1)", secrets.randbits, -1)
attempt("randbits(1.5)", secrets.randbits, 1.5)

# choice
seq = ["apple", "banana", "cherry"]
picked = set(secrets.choice(seq) for i in range(200))
print(sorted(picked))
print(secrets.choice("x"), secrets.choice((42,)), secrets.choice(range(5, 6)))
print(secrets.choice("abc") in "abc")
print(0 <= secrets.choice(range(10 ** 6)) < 10 ** 6)
attempt("choice([])", secrets.choice, [])
attempt("choice('')", secrets.choice, "")

# SystemRandom
r = secrets.SystemRandom()
x = r.random()
print(type(x).__name__, 0.0 <= x < 1.0)
print(1 <= r.randint(1, 6) <= 6)
print(r.randrange(10, 20, 5) in (10, 15))
s = list(range(10))
r.shuffle(s)
print(sorted(s))
print(sorted(r.sample(range(10), 10)))
print(len(r.choices("ab", k=5)))
u = r.uniform(2.0, 3.0)
print(2.0 <= u <= 3.0)
attempt("getstate", r.getstate)
r.seed(1)
print(len(r.randbytes(7)))

# compare_digest
cases = [
    ("abc", "abc"), ("abc", "abd"), ("abc", "ab"), ("", ""), ("a", ""),
    (b"abc", b"abc"), (b"abc", b"abd"), (b"", b""), (b"abc", bytearray(b"abc")),
    (bytearray(b"x"), bytearray(b"y")), (memoryview(b"xyz"), b"xyz"),
    (b"\x00\xff", b"\x00\xff"), (b"\x00\xff", b"\x00\xfe"),
]
for a, b in cases:
    print("compare_digest", repr(a) if not isinstance(a, memoryview) else "memoryview", repr(b), secrets.compare_digest(a, b))
attempt("str/bytes", secrets.compare_digest, "a", b"a")
attempt("bytes/str", secrets.compare_digest, b"a", "a")
attempt("non-ascii", secrets.compare_digest, "\xe9", "\xe9")
attempt("non-ascii 2", secrets.compare_digest, "a", "\u20ac")
attempt("int/int", secrets.compare_digest, 1, 1)
attempt("str/int", secrets.compare_digest, "a", 1)
attempt("None/None", secrets.compare_digest, None, None)
attempt("bytes/list", secrets.compare_digest, b"a", [1])
attempt("list/bytes", secrets.compare_digest, [97], b"a")

# errors
attempt("token_bytes(-1)", lambda: type(secrets.token_bytes(-1)))
attempt("token_bytes(1.5)", secrets.token_bytes, 1.5)
attempt("token_hex('a')", secrets.token_hex, "a")
attempt("token_urlsafe(2.0)", secrets.token_urlsafe, 2.0)
