# bool is a subclass of int, as in CPython (patch 0154).
print(isinstance(True, int), isinstance(False, (str, int)), issubclass(bool, int), bool.__mro__)
print(True.bit_length(), False.bit_length(), True.real, True.imag, True.numerator, True.denominator)
print(True.to_bytes(2, "big"), True.conjugate(), True + True, True * 3, -True, ~True, True / 2, True // 1)
print(type(True.real).__name__, type(True + 0).__name__, hash(True), hash(False), {True: "a", 1: "b"})
def kind(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    return "other"
print([kind(v) for v in (True, 0, 1.0, None)], [isinstance(v, int) for v in (True, 0, 1.0, None)])
try:
    raise KeyError(True)
except (TypeError, KeyError) as e:
    print(repr(e))
print(sum([True, True, False]), max(True, 0), sorted([True, 0, False, 2]), f"{True:d} {True} {True!r} {True:>5}", "%d %s" % (True, True))
import json
print(json.dumps([True, 1, False, {"a": True}]), json.loads("[true, 1]"), str(True), repr(False), int(True), float(True))
print(True == 1, 1 in [True], True in [1], [1, 2][True], "ab"[False], abs(True), divmod(True, 2), pow(True, 2), round(True))
