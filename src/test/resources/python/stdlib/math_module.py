import math
print(math.gcd(), math.gcd(12, 18), math.gcd(12, -18, 30), math.gcd(0, 0), math.gcd(2**100, 2**60 * 3))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print([math.isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 10**20 - 1, 2**127)])
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 11), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 4))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.factorial(0), math.factorial(20), math.factorial(25))
print(math.fsum([0.1] * 10) == 1.0, sum([0.1] * 10) == 1.0)
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]) == 10000000000000002.0)
print(math.fsum([]), math.fsum([2**53, 1, 1]) == 2.0**53 + 2)
print("%.17g" % math.fsum([0.3, 0.3, 0.3, -0.9]))
print(math.fsum([float("inf"), 1.0]), math.fsum([-float("inf"), 1.0]))
for bad in ([float("inf"), -float("inf")], [1e308, 1e308]):
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("%.6f" % math.dist((0, 0), (3, 4)), "%.6f" % math.dist([1, 2, 3], [4, 6, 3]))
print("%.6f" % math.hypot(3, 4), "%.6f" % math.hypot(1, 2, 2), math.hypot(), math.hypot(1e200, 1e200) > 1e200)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.inf > 1e308, math.isnan(math.nan), "%.10f" % math.tau, "%.10f" % math.pi, "%.10f" % math.e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), type(math.floor(2.5)).__name__)
print("%.6f %.6f %.6f" % (math.sqrt(2), math.log(100, 10), math.log2(1024)))
for f, args in ((math.isqrt, (-1,)), (math.comb, (-1, 2)), (math.perm, (3, -1)), (math.gcd, (1.5, 2)), (math.factorial, (-3,)), (math.isqrt, (2.0,))):
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.gcd(True, 4), math.lcm(2**64, 3**40) == 2**64 * 3**40, math.isqrt(True))
print([math.comb(n, k) for n in range(6) for k in range(n + 1)])
print([math.perm(6, k) for k in range(8)], math.perm(0), math.perm(0, 0))
print(math.isqrt(10**100) == 10**50, math.isqrt(10**100 - 1) == 10**50 - 1, math.isqrt(2**200 + 1) == 2**100)
print(math.prod([0.5, 4]), math.prod([]), math.prod(range(1, 6), start=2.0), math.prod([[1]], start=1))
print(math.fsum([1.0] * 100 + [1e16, -1e16]), math.fsum(x / 10 for x in range(1, 11)), math.fsum([-0.0]))
print(math.fsum([1e308, -1e308, 1e308]) == 1e308, math.fsum([0.1, 0.2, 0.3]) == 0.6, 0.1 + 0.2 + 0.3 == 0.6)
print(math.fsum([float("nan"), 1.0]) != math.fsum([float("nan"), 1.0]))
print("%.12f" % math.dist((1.5, 2.5), (-1, 7)), math.dist([], []), math.dist((3,), (-4,)))
print(sorted(n for n in dir(math) if not n.startswith("_") and n in
             ("gcd", "lcm", "isqrt", "comb", "perm", "prod", "fsum", "dist", "hypot", "isclose", "factorial",
              "inf", "nan", "tau", "pi", "e", "sqrt", "floor", "ceil", "trunc", "log", "exp", "copysign")))
