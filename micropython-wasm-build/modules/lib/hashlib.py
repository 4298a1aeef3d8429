"""hashlib: md5, sha1 and sha256 with CPython's interface (digest() and hexdigest() any
number of times, update() after them, copy(), name, digest_size, block_size, new()).

The hashing is MicroPython's C code (`uhashlib`; md5 and sha1 are the port's own).
Left out: sha224, sha384, sha512, sha3_*, blake2*, shake_*, pbkdf2_hmac, scrypt,
file_digest and the `usedforsecurity` argument.
"""

import uhashlib as _uhashlib

_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha256": (32, 64)}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


class _Hash:
    def __init__(self, name, data=b"", state=None):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._h = getattr(_uhashlib, name)() if state is None else state
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        self._h.update(data)

    def digest(self):
        # The built-in digest() finalises its object: finalise a copy.
        return self._h.copy().digest()

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        return _Hash(self.name, state=self._h.copy())

    def __repr__(self):
        return "<%s _hashlib.HASH object>" % self.name


def md5(data=b"", **kwargs):
    return _Hash("md5", data)


def sha1(data=b"", **kwargs):
    return _Hash("sha1", data)


def sha256(data=b"", **kwargs):
    return _Hash("sha256", data)


def new(name, data=b"", **kwargs):
    key = name.lower()
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + name)
    return _Hash(key, data)
