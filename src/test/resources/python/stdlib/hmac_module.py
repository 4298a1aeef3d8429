# hmac: RFC 2202 / RFC 4231 vectors, the HMAC object, digestmod forms, compare_digest, errors
import hmac
import hashlib


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


# RFC 2202 test cases (HMAC-MD5 and HMAC-SHA1) and RFC 4231 (HMAC-SHA256)
vectors = [
    (b"\x0b" * 16, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 16, b"\xdd" * 50),
    (bytes(range(1, 26)), b"\xcd" * 50),
    (b"\x0c" * 16, b"Test With Truncation"),
    (b"\xaa" * 80, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"\xaa" * 80, b"Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
    (b"\x0b" * 20, b"Hi There"),
    (b"\xaa" * 20, b"\xdd" * 50),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"\xaa" * 131, b"This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."),
    (b"", b""),
    (b"key", b""),
    (b"", b"message"),
    (b"k" * 64, b"exactly one block of key"),
    (b"k" * 65, b"one byte more than a block"),
]
for name in ("md5", "sha1", "sha256"):
    for key, msg in vectors:
        h = hmac.new(key, msg, name)
        print(name, len(key), h.hexdigest())
        assert h.digest() == hmac.digest(key, msg, name)

# the HMAC object
h = hmac.new(b"secret", digestmod="sha256")
print(h.name, h.digest_size, h.block_size, h.blocksize, hmac.HMAC.blocksize)
print(h.hexdigest())
h.update(b"hello ")
print(h.hexdigest())
c = h.copy()
h.update(b"world")
print(h.hexdigest())
print(c.hexdigest())
c.update(b"world")
print(c.hexdigest() == h.hexdigest(), c.digest() == h.digest())
print(type(c).__name__, type(h.digest()).__name__, len(h.digest()))
print(h.hexdigest() == h.hexdigest(), h.digest().hex() == h.hexdigest())
h.update(bytearray(b"!"))
h.update(memoryview(b"?"))
h.update(b"")
print(h.hexdigest())
print(hmac.new(b"secret", b"hello world!?", "sha256").hexdigest())

for name in ("md5", "sha1", "sha256", "SHA1", "Md5"):
    h = hmac.new(b"k", b"m", name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

# digestmod as a constructor
for cons in (hashlib.md5, hashlib.sha1, hashlib.sha256):
    h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", cons)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    print(hmac.digest(b"key", b"The quick brown fox jumps over the lazy dog", cons).hex())
print(hmac.new(b"key", b"msg", lambda d=b"": hashlib.sha256(d)).hexdigest())


# digestmod as a PEP 247 module (an object with new())
class Sha1Module:
    digest_size = 20

    @staticmethod
    def new(data=b""):
        return hashlib.sha1(data)


h = hmac.new(b"key", b"module", Sha1Module())
print(h.name, h.hexdigest())
print(hmac.digest(b"key", b"module", Sha1Module()).hex())

# keyword arguments, bytearray keys
print(hmac.new(key=b"k", msg=b"x", digestmod="sha256").hexdigest())
print(hmac.HMAC(b"k", b"x", digestmod=hashlib.sha256).hexdigest())
print(hmac.new(bytearray(b"k"), bytearray(b"x"), "sha256").hexdigest())
print(hmac.digest(bytearray(b"k"), memoryview(b"x"), "sha256").hex())
print(hmac.digest(memoryview(b"k"), b"x", "sha256").hex())
print(hmac.digest(key=b"k", msg=b"x", digest="md5").hex())

# a subclass
class MyHMAC(hmac.HMAC):
    pass


m = MyHMAC(b"k", b"x", "sha1")
print(type(m.copy()).__name__, m.copy().hexdigest() == m.hexdigest())

# module attributes
print(hmac.digest_size, len(hmac.trans_5C), len(hmac.trans_36), hmac.trans_5C[:4], hmac.trans_36[:4])

# compare_digest
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"abc", b"abcd"))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest("abc", "xbc"), hmac.compare_digest("", ""))
d1 = hmac.new(b"k", b"m", "sha256").digest()
d2 = hmac.new(b"k", b"m", "sha256").digest()
print(hmac.compare_digest(d1, d2), hmac.compare_digest(d1, bytearray(d2)), hmac.compare_digest(d1, d2[:-1]))
attempt("compare str/bytes", hmac.compare_digest, "a", b"a")
attempt("compare non-ascii", hmac.compare_digest, "\xe9", "e")
attempt("compare int", hmac.compare_digest, 1, 2)

# errors
attempt("no digestmod", hmac.new, b"k")
attempt("no digestmod msg", hmac.new, b"k", b"m")
attempt("digestmod None", hmac.new, b"k", b"m", None)
attempt("digestmod ''", hmac.new, b"k", b"m", "")
attempt("unknown name", hmac.new, b"k", b"m", "foo")
attempt("str key", hmac.new, "k", b"m", "sha1")
attempt("memoryview key", hmac.new, memoryview(b"k"), b"m", "sha1")
attempt("int key", hmac.new, 5, b"m", "sha1")
attempt("str msg", hmac.new, b"k", "m", "sha1")
h = hmac.new(b"k", b"m", "sha1")
attempt("update str", h.update, "x")
print(h.hexdigest())
attempt("digest unknown", hmac.digest, b"k", b"m", "foo")
attempt("digest str msg", hmac.digest, b"k", "m", "sha1")
attempt("digest str key", hmac.digest, "k", b"m", "sha1")
attempt("digest missing", hmac.digest, b"k", b"m")
attempt("digest None", hmac.digest, b"k", b"m", None)
attempt("digestmod int", hmac.new, b"k", b"m", 3)
