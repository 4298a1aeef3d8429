# statistics: averages, spread and quantiles on ints, floats and Fractions, against CPython.
import statistics as st
from fractions import Fraction as F


def show(v):
    # Floats with 12 significant digits (MicroPython's float repr is not yet CPython's), the rest as repr.
    if isinstance(v, float):
        return "%.12g" % v
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(show(x) for x in v) + "]"
    return repr(v)


def p(*values):
    print(*[show(v) if not isinstance(v, str) else v for v in values])

samples = [
    ("ints", [2, 4, 4, 4, 5, 5, 7, 9]),
    ("odd", [1, 3, 5, 7, 9]),
    ("floats", [2.5, 3.25, 5.5, 11.25, 0.1, 0.2, 0.3]),
    ("fracs", [F(1, 2), F(1, 3), F(3, 4), F(5, 6)]),
    ("neg", [-5, -1, 0, 3, 8, -2]),
    ("big", [10**20, 10**20 + 1, 10**20 + 2]),
    ("tiny", [1e-300, 2e-300, 3e-300]),
    ("ones", [1, 1]),
]
for name, data in samples:
    for fname in ("mean", "median", "median_low", "median_high", "median_grouped", "mode", "multimode", "pvariance",
                  "variance", "pstdev", "stdev", "fmean"):
        try:
            r = getattr(st, fname)(data)
            print(name, fname, show(r), type(r).__name__)
        except st.StatisticsError as e:
            print(name, fname, "StatisticsError", e)
p(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([0.1] * 10), st.mean([1e308, 1e308]), st.mean([F(1, 3), 1]))
mixed = [1, 2.5, F(1, 4)]
p(st.mean(mixed), st.pvariance(mixed), st.variance(mixed), st.pstdev(mixed), st.stdev(mixed), st.fmean(mixed), st.multimode(mixed))
p(st.mean(iter([1, 2, 3, 4, 5])), st.mean(range(101)), st.mean((True, False, True)))
p(st.median([1, 3]), st.median([1, 2, 3, 4]), st.median([F(1), F(2)]), st.median(["a", "c", "b"]),
      st.median_low(["a", "b", "c", "d"]), st.median_high(["a", "b", "c", "d"]))
p(st.mode(["red", "blue", "blue", "red", "green"]), st.mode([1, 1, 2, 2]), st.mode("aabbbc"), st.mode([3.5]))
p(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([1, 2, 3]), st.multimode("aabbc"))
p(st.variance([0, 0, 0]), st.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([F(1, 4), F(5, 4), F(1, 2)]),
      st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([F(1), F(2)]))
p(st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev([2, 4, 4, 4, 5, 5, 7, 9], 5))
p(st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), st.fmean(iter([1, 2])))
p(round(st.geometric_mean([54, 24, 36]), 9), st.harmonic_mean([40, 60]), st.harmonic_mean([60, 40], weights=[5, 30]),
      st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([0, 5]), st.harmonic_mean([7]), st.harmonic_mean([F(1, 2), F(1, 3)]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101,
        84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81,
        109, 104]
p(st.quantiles(data, n=10), st.quantiles(data), st.quantiles(data, n=4, method="inclusive"))
p(st.quantiles([1, 2], n=3), st.quantiles([F(1), F(2), F(3)], n=2), st.quantiles([1.0, 5.0, 9.0], n=5, method="inclusive"),
      st.quantiles(range(1, 11), n=1))
p(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]),
      st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
p(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9 - v for v in x]), st.covariance(x, [2 * v for v in x]))
lr = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
p(lr.slope, lr.intercept, type(lr).__name__, st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for f, args, kwargs in ((st.mean, ([],), {}), (st.median, ([],), {}), (st.mode, ([],), {}), (st.variance, ([1],), {}),
                        (st.stdev, ([1],), {}), (st.pvariance, ([],), {}), (st.quantiles, ([1],), {}),
                        (st.quantiles, ([1, 2],), {"n": 0}), (st.fmean, ([],), {}), (st.harmonic_mean, ([-1, 2],), {}),
                        (st.geometric_mean, ([0, 1],), {}), (st.correlation, ([1, 1, 1], [1, 2, 3]), {}),
                        (st.covariance, ([1], [1]), {}), (st.linear_regression, ([1, 1], [1, 2]), {}),
                        (st.fmean, ([1, 2], [0, 0]), {})):
    try:
        p(f.__name__, f(*args, **kwargs))
    except st.StatisticsError as e:
        print(f.__name__, "StatisticsError", e, isinstance(e, ValueError))
try:
    st.quantiles([1, 2, 3], method="bad")
except ValueError as e:
    print("ValueError", e)
try:
    st.mean(["a", "b"])
except TypeError as e:
    print("TypeError")
p(st.mean([float("inf"), 1]), st.mean([float("nan"), 1]) != st.mean([float("nan"), 1]), st.pstdev([float("inf"), 1]) if False else "")
from decimal import Decimal as D
decimals = [D("0.5"), D("0.75"), D("0.625"), D("0.375")]
p(st.mean(decimals), st.median(decimals), st.variance(decimals), st.pvariance(decimals), st.stdev(decimals),
  st.pstdev(decimals), st.mode(decimals), st.median_low(decimals), type(st.mean(decimals)).__name__)
p(st.mean([D("1.1"), 2]), st.stdev([D(1), D(2), D(4)]), st.harmonic_mean([D(1), D(2)]))
