# random: properties of every function (CPython's sequences for a seed are not reproduced, so
# the values themselves are not compared).
import random

random.seed(12345)
first = [random.random() for _ in range(5)]
random.seed(12345)
print(first == [random.random() for _ in range(5)], all(0.0 <= x < 1.0 for x in first), len(set(first)) == 5)
for seed in (None, 0, -7, 2**100, 3.5, "text", b"bytes", bytearray(b"x")):
    random.seed(seed)
    print(repr(seed) if not isinstance(seed, bytearray) else "bytearray", 0 <= random.random() < 1)
try:
    random.seed([1, 2])
except TypeError:
    print("TypeError")
random.seed(1)
print(sorted(set(random.randrange(10) for _ in range(500))) == list(range(10)),
      sorted(set(random.randrange(5, 10) for _ in range(300))) == [5, 6, 7, 8, 9],
      sorted(set(random.randrange(0, 20, 5) for _ in range(300))) == [0, 5, 10, 15],
      sorted(set(random.randrange(10, 0, -3) for _ in range(300))) == [1, 4, 7, 10],
      sorted(set(random.randint(-2, 2) for _ in range(300))) == [-2, -1, 0, 1, 2],
      random.randrange(7, 8), random.randint(3, 3), 0 <= random.randrange(2**80) < 2**80)
for args in ((0,), (5, 5), (5, 1), (0, 10, 0), (0, 10, -1), (1.5,), ("a",)):
    try:
        print(args, random.randrange(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__)
for k in (0, 1, 7, 32, 33, 64, 100, 1000):
    values = [random.getrandbits(k) for _ in range(50)]
    print(k, all(0 <= v < 2 ** k for v in values), k < 8 or max(values) >= 2 ** (k - 4))
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
print(len(random.randbytes(0)), len(random.randbytes(17)), type(random.randbytes(3)).__name__)
seq = list("abcdefgh")
print(random.choice(seq) in seq, random.choice("xyz") in "xyz", random.choice(range(3, 6)) in (3, 4, 5))
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
picked = random.choices(seq, k=20)
print(len(picked), all(p in seq for p in picked), random.choices(seq)[0] in seq, len(random.choices(seq, k=0)))
print(set(random.choices("ab", weights=[0, 1], k=30)), set(random.choices("abc", cum_weights=[0, 0, 5], k=30)),
      set(random.choices(["x", "y"], [1, 0], k=10)))
for kwargs in ({"weights": [1, 2]}, {"weights": [0, 0, 0]}, {"weights": [1, 1, 1], "cum_weights": [1, 2, 3]},
               {"cum_weights": [1, 2]}, {"weights": [1, float("inf"), 1]}):
    try:
        random.choices("abc", **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.choices("abc", 3)
except TypeError as e:
    print("TypeError", e)
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= v < 100 for v in s), sorted(random.sample(seq, len(seq))) == seq, random.sample(seq, 0))
c = random.sample(["red", "blue"], counts=[4, 2], k=6)
print(sorted(c), len(random.sample("abc", 2)))
for bad in (lambda: random.sample(seq, 9), lambda: random.sample(seq, -1), lambda: random.sample({1, 2}, 1),
            lambda: random.sample("ab", 2, counts=[1])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
deck = list(range(52))
random.shuffle(deck)
print(sorted(deck) == list(range(52)), deck != list(range(52)), len(deck))
empty = []
random.shuffle(empty)
print(empty)
u = [random.uniform(2, 5) for _ in range(200)]
print(all(2 <= x <= 5 for x in u), max(u) > 4.5, min(u) < 2.5, 5 <= random.uniform(5, 5) <= 5)
t = [random.triangular(0, 10, 8) for _ in range(300)]
print(all(0 <= x <= 10 for x in t), sum(t) / len(t) > 5, random.triangular(3, 3), 0 <= random.triangular() <= 1)
for name, args in (("gauss", (10, 2)), ("normalvariate", (10, 2)), ("lognormvariate", (0, 0.25)),
                   ("expovariate", (2,)), ("gammavariate", (2.0, 1.5)), ("betavariate", (2, 5)),
                   ("paretovariate", (3,)), ("weibullvariate", (1, 1.5)), ("vonmisesvariate", (1, 4)),
                   ("gammavariate", (0.5, 1.0)), ("gammavariate", (1.0, 2.0))):
    values = [getattr(random, name)(*args) for _ in range(2000)]
    mean = sum(values) / len(values)
    print(name, args, len(values), round(mean, 0) if name in ("gauss", "normalvariate") else mean > 0)
g = [random.gauss() for _ in range(2000)]
print(abs(sum(g) / len(g)) < 0.15, 0.8 < (sum(x * x for x in g) / len(g)) ** 0.5 < 1.2)
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print("ValueError", e)

print("-- Random instances")
r1 = random.Random(42)
r2 = random.Random(42)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], r1.randint(1, 6) == r2.randint(1, 6))
state = r1.getstate()
after = [r1.random() for _ in range(3)]
r1.setstate(state)
print(after == [r1.random() for _ in range(3)], random.Random("seed").random() == random.Random("seed").random(),
      random.Random(1).random() != random.Random(2).random())
r3 = random.Random()
print(0 <= r3.random() < 1, sorted(r3.sample(range(5), 5)), r3.choice([7]), len(r3.choices("ab", k=4)))
r3.seed(7)
a = r3.getrandbits(64)
r3.seed(7)
print(a == r3.getrandbits(64))
sr = random.SystemRandom()
print(0 <= sr.random() < 1, 0 <= sr.randint(1, 10) <= 10, len(sr.sample(range(10), 3)), sr.getrandbits(100) < 2**100)
try:
    sr.getstate()
except NotImplementedError:
    print("NotImplementedError")
print(issubclass(random.SystemRandom, random.Random), isinstance(random.Random(), random.Random))
