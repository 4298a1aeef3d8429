"""hmac: keyed hashing for message authentication (RFC 2104), as CPython's hmac module:
new(), digest(), the HMAC class (update, copy, digest, hexdigest, name, digest_size,
block_size, blocksize), compare_digest, trans_5C and trans_36.

digestmod (required, as in CPython 3.8+) may be a name string ("sha256"), a constructor such
as hashlib.sha256 (any callable returning a hash object), or a module/object with a new()
function (PEP 247). The hash functions available are the sandbox's hashlib ones: md5, sha1
and sha256 (block size 64); other names raise ValueError("unsupported hash type NAME").
compare_digest takes two ASCII strs or two bytes-like objects (bytes, bytearray, memoryview,
array) and takes a time that depends on the length of the second only, as CPython's.
Differs: messages of a type that is neither bytes-like nor str raise the sandbox hashlib's
error, not CPython's "object supporting the buffer API required".
"""

from array import array as _array

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying hashing module used.
digest_size = None


def _is_buffer(obj):
    return isinstance(obj, (bytes, bytearray, memoryview, _array))


def _check_buffer(obj):
    if not _is_buffer(obj):
        raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)


def _xor(key, value):
    # key.translate(trans_5C or trans_36): every byte xored with value.
    return bytes((x ^ value) for x in key)


def _constructor(digestmod):
    # A function making a new hash object (optionally fed with data) for digestmod.
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        import hashlib

        return lambda d=b"": hashlib.new(digestmod, d)
    return lambda d=b"": digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class; also supports the PEP 247 API."""

    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    def __init__(self, key, msg=None, digestmod=""):
        """key: bytes or bytearray; msg: initial input (update() it later); digestmod: a hash
        name, a hash constructor or a module with new(); required."""
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        digest_cons = _constructor(digestmod)
        self._hmac = None
        self._outer = digest_cons()
        self._inner = digest_cons()
        self.digest_size = self._inner.digest_size

        blocksize = getattr(self._inner, "block_size", None)
        if blocksize is None or blocksize < 16:
            # CPython warns (RuntimeWarning) and falls back to the default block size.
            blocksize = self.blocksize

        if len(key) > blocksize:
            key = digest_cons(key).digest()

        self.block_size = blocksize
        key = bytes(key) + b"\x00" * (blocksize - len(key))
        self._outer.update(_xor(key, 0x5C))
        self._inner.update(_xor(key, 0x36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feeds data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """A separate copy of this hashing object (an update to it leaves this one alone)."""
        other = object.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The hash value of this hashing object as bytes; the object can still be updated."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), as a string of hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object: HMAC(key, msg, digestmod)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg with key, as bytes, in one call (digest: as HMAC's digestmod)."""
    _check_buffer(key)
    _check_buffer(msg)
    digest_cons = _constructor(digest)
    inner = digest_cons()
    outer = digest_cons()
    blocksize = getattr(inner, "block_size", 64)
    if len(key) > blocksize:
        key = digest_cons(key).digest()
    key = bytes(key) + b"\x00" * (blocksize - len(key))
    inner.update(_xor(key, 0x36))
    outer.update(_xor(key, 0x5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()


def compare_digest(a, b):
    """a == b, in a time that does not depend on where a and b differ (against timing
    attacks). a and b: both str (ASCII only) or both bytes-like."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode()
        b = b.encode()
    else:
        if not _is_buffer(a) and not _is_buffer(b):
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        _check_buffer(a)
        _check_buffer(b)
        a = bytes(a)
        b = bytes(b)
    # As CPython: the loop always runs over b, so the time depends only on len(b).
    if len(a) == len(b):
        left = a
        result = 0
    else:
        left = b
        result = 1
    for x, y in zip(left, b):
        result |= x ^ y
    return result == 0
