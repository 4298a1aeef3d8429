"""random: CPython's random API on MicroPython's generator: random, uniform, triangular,
randrange (with step), randint, getrandbits (any number of bits), randbytes, choice,
choices (weights, cum_weights, k), sample (counts), shuffle, gauss, normalvariate,
lognormvariate, expovariate, vonmisesvariate, gammavariate, betavariate, paretovariate,
weibullvariate, seed; the Random class (its own generator per instance, with getstate and
setstate) and SystemRandom (os.urandom).

The module-level functions use MicroPython's built-in generator (`urandom`), seeded from the
host's entropy at start. A given seed gives the same sequence on every run, but not CPython's
sequence (CPython's Mersenne Twister is not reproduced); getstate/setstate work on Random
instances, not on the module-level generator.
"""

import math as _math
import urandom as _urandom
import os as _os

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint", "choice", "sample", "randrange",
           "shuffle", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
           "triangular", "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate",
           "getrandbits", "choices", "randbytes"]

NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
TWOPI = 2.0 * _math.pi
LOG4 = _math.log(4.0)
SG_MAGICCONST = 1.0 + _math.log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_MASK64 = (1 << 64) - 1


def _bit_length(n):
    return len(bin(n)) - 2 if n > 0 else 0


def _index(value, what):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _range_arg(value, position):
    # randrange's arguments as CPython 3.11 takes them: ints, or integral values (deprecated).
    try:
        return _index(value, position)
    except TypeError:
        as_int = int(value)
        if as_int != value:
            raise ValueError("non-integer %s for randrange()" % position)
        return as_int


def _seed_int(a):
    # An int from any seed CPython accepts.
    if a is None:
        return int.from_bytes(_os.urandom(16), "big")
    if isinstance(a, bool):
        return int(a)
    if isinstance(a, int):
        return abs(a)
    if isinstance(a, float):
        return abs(hash(a))
    if isinstance(a, (str, bytes, bytearray)):
        data = a.encode() if isinstance(a, str) else bytes(a)
        return int.from_bytes(b"\x01" + data, "big")
    raise TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")


class Random:
    """A random number generator with its own state (PCG32), seeded like CPython's."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        n = _seed_int(a)
        # Fold the seed into 64 bits (splitmix64 per 64-bit chunk) for the state and stream.
        state = 0
        while True:
            state = _splitmix64((state ^ (n & _MASK64)) & _MASK64)
            n >>= 64
            if not n:
                break
        self._state = state
        self._inc = (_splitmix64(state ^ 0x9E3779B97F4A7C15) << 1 | 1) & _MASK64
        self.gauss_next = None

    def getstate(self):
        return (self.VERSION, (self._state, self._inc), self.gauss_next)

    def setstate(self, state):
        version, internal, gauss_next = state
        if version != self.VERSION:
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        self._state, self._inc = internal
        self.gauss_next = gauss_next

    def _next32(self):
        old = self._state
        self._state = (old * 6364136223846793005 + self._inc) & _MASK64
        xorshifted = (((old >> 18) ^ old) >> 27) & 0xFFFFFFFF
        rot = old >> 59
        return ((xorshifted >> rot) | (xorshifted << ((-rot) & 31))) & 0xFFFFFFFF

    def random(self):
        """A float in [0.0, 1.0) with 53 random bits."""
        a = self._next32() >> 5
        b = self._next32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """An int with k random bits."""
        k = _index(k, "k")
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        result = 0
        bits = 0
        while bits < k:
            result |= self._next32() << bits
            bits += 32
        return result & ((1 << k) - 1)

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def _randbelow(self, n):
        # A random int in [0, n), without bias.
        k = _bit_length(n)
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        """A random item of range(start, stop, step)."""
        istart = _range_arg(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _range_arg(stop, "stop")
        width = istop - istart
        istep = _range_arg(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the list x in place."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k unique items chosen from the sequence population."""
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = []
            total = 0
            for c in counts:
                total += c
                cum_counts.append(total)
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            selections = self.sample(range(total), k=k)
            return [population[_bisect_right(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        pool = list(population)
        for i in range(k):
            j = randbelow(n - i)
            result[i] = pool[j]
            pool[j] = pool[n - i - 1]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k items chosen from population with replacement, optionally weighted."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[int(random() * n)] for i in range(k)]
            if isinstance(weights, int):
                raise TypeError("The number of choices must be a keyword argument: k=%d" % weights)
            cum_weights = []
            total = 0
            for w in weights:
                total += w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if total != total or total in (_math.inf, -_math.inf):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)] for i in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_math.log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution, faster than normalvariate (Box-Muller, values in pairs)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(x2pi) * g2rad
            self.gauss_next = _math.sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _math.sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _math.cos(_math.pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _math.acos(f)) % TWOPI
        else:
            theta = (mu - _math.acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        random = self.random
        if alpha > 1.0:
            ainv = _math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _math.log(u1 / (1.0 - u1)) / ainv
                x = alpha * _math.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                    return x * beta
        if alpha == 1.0:
            return -_math.log(1.0 - random()) * beta
        while True:
            u = random()
            b = (_math.e + alpha) / _math.e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_math.log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _math.exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_math.log(u)) ** (1.0 / beta)


def _splitmix64(x):
    x = (x + 0x9E3779B97F4A7C15) & _MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK64
    return x ^ (x >> 31)


def _bisect_right(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


class _BuiltinRandom(Random):
    # The module-level generator: MicroPython's C generator.

    def __init__(self):
        self.gauss_next = None

    def seed(self, a=None, version=2):
        n = _seed_int(a)
        folded = 0
        while True:
            folded ^= n & 0xFFFFFFFF
            n >>= 32
            if not n:
                break
        _urandom.seed(folded)
        self.gauss_next = None

    def getstate(self):
        raise NotImplementedError("getstate() is not available for the module-level generator; use random.Random()")

    def setstate(self, state):
        raise NotImplementedError("setstate() is not available for the module-level generator; use random.Random()")

    def random(self):
        return _urandom.random()

    def _next32(self):
        return _urandom.getrandbits(32)


class SystemRandom(Random):
    """Random numbers from the host's secure source (os.urandom); seed() does nothing."""

    def __init__(self, x=None):
        self.gauss_next = None

    def seed(self, a=None, version=2):
        pass

    def random(self):
        return (int.from_bytes(_os.urandom(7), "big") >> 3) * RECIP_BPF

    def _next32(self):
        return int.from_bytes(_os.urandom(4), "big")

    def getstate(self):
        raise NotImplementedError("System entropy source does not have state.")

    setstate = getstate


_inst = _BuiltinRandom()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
