# hashlib: md5, sha1 and sha256 as CPython names and uses them.
import hashlib

for data in (b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 55, b"a" * 56, b"a" * 63,
             b"a" * 64, b"a" * 65, b"a" * 127, b"a" * 1000, bytes(range(256)) * 5):
    print(len(data), hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.sha256(data).hexdigest())
h = hashlib.sha256()
h.update(b"Nobody inspects")
print(h.hexdigest())
h.update(b" the spammish repetition")
print(h.hexdigest(), h.digest() == hashlib.sha256(b"Nobody inspects the spammish repetition").digest())
print(h.name, h.digest_size, h.block_size, len(h.digest()), type(h.digest()).__name__)
c = h.copy()
c.update(b"!")
print(c.hexdigest(), h.hexdigest())
for name in ("md5", "sha1", "sha256", "SHA256", "MD5"):
    n = hashlib.new(name, b"hello")
    print(name, n.name, n.digest_size, n.block_size, n.hexdigest())
m = hashlib.md5()
for chunk in (b"ab", b"", b"c" * 100, bytearray(b"xyz"), memoryview(b"12345")):
    m.update(chunk)
print(m.hexdigest() == hashlib.md5(b"ab" + b"c" * 100 + b"xyz12345").hexdigest(), m.hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
print(sorted(hashlib.algorithms_available & {"md5", "sha1", "sha256"}))
for bad in (lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5().update("x")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
