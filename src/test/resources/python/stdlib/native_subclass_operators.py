# Instances of Python subclasses of built-in types in operators with built-in values (patch 0098).
class Int(int):
    pass
class Float(float):
    pass
class Str(str):
    pass
a, b = Int(1), Int(3)
print(a < b, b > a, 1 < b, 5 > b, a <= 1, 3 >= b, a + b, 1 + b, b - 1, 10 - b, 2 * b, b * 2)
print(sorted([b, a, Int(2)]), max(a, b), min(5, b), a == 1, 1 == a, 7 // b, 2 ** b, -b, abs(Int(-4)))
print(sum([a, b, 10]), b % 2, 100 % b, divmod(10, b), 1.5 + b, b / 2)
print(1.5 + Float(1.0), Float(2.0) * 3, 3 < Float(2.5), Float(0.5) < 1, 2 - Float(0.5))
print("x" + Str("y"), Str("a") < Str("b"), "a" < Str("b"), Str("a") + "z", "ab" * Int(2))
print([1, 2, 3][Int(1)], (0, 1)[a], {1: "one"}[a], "abc"[Int(2)])
print(list(range(Int(3))), isinstance(a, int), type(a + b).__name__)
