# pprint: layouts of nested containers at several widths and options, against CPython.
import pprint
import io

data = {
    "name": "example",
    "numbers": list(range(30)),
    "nested": {"a": [1, 2, {"deep": ("x", "y", "z") * 5}], "b": (1,), "c": (), "d": [], "e": {}},
    "text": "The quick brown fox jumps over the lazy dog. " * 3,
    "lines": "first line\nsecond line that is a good deal longer than the first one\nthird\n",
    "bytes": bytes(range(40)),
    "ba": bytearray(b"hello world, this is a bytearray that is long enough to wrap around"),
    "tuple": tuple("abcdefghijklmnopqrstuvwxyz"),
    "floats": [0.5, 1.25, -3.0, 1e20],
    "mixed": [None, True, False, 3, "s", b"b", (1, 2), [3, [4, [5, [6]]]]],
    10: "int key",
    (1, 2): "tuple key",
}
for width in (80, 60, 40, 20, 5):
    print("== width", width)
    print(pprint.pformat(data, width=width))
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1), pprint.pformat(data, depth=2, width=200))
print(pprint.pformat(data["numbers"], compact=True, width=40))
print(pprint.pformat([list(range(12))] * 4, compact=True, width=30))
print(pprint.pformat({"only": list(range(25))}, sort_dicts=False, width=40))
print(pprint.pformat(list(range(1000000, 1000010)), underscore_numbers=True, width=50))
print(pprint.pformat({"b": 2, "a": 1, "c": {"z": 26, "y": 25}}), pprint.pformat([]), pprint.pformat({}),
      pprint.pformat(()), pprint.pformat(set()), pprint.pformat(""), pprint.pformat("x" * 100, width=30))
print(pprint.pformat({3: "c", 1: "a", "b": 2, None: 0, 2.5: "f"}))
print(pprint.pformat({"set": {5, 3, 1, 4, 2}, "frozen": frozenset({"b", "a", "c"})}, width=10))
print(pprint.pformat([set(range(20, 0, -1)), frozenset(["delta", "alpha", "charlie", "bravo"])], width=30))
print(pprint.pformat([{"id": i, "tags": ["t%d" % j for j in range(i)], "ok": i % 2 == 0} for i in range(5)], width=50))
print(pprint.pformat(("a long string that will not fit on one line when the width is small", 1), width=30))
print(pprint.pformat(b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09" * 4, width=30))
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(pprint.saferepr(rec).split(" with id=")[0], pprint.isrecursive(rec), pprint.isreadable(rec))
print(pprint.pformat(d).split(" with id=")[0], pprint.isrecursive(d), pprint.isreadable({"a": [1, (2, 3)]}),
      pprint.isreadable(object()), pprint.saferepr({"b": [1, 2], "a": (3,)}))
stream = io.StringIO()
pprint.pprint(data["nested"], stream=stream, width=30)
print(stream.getvalue(), end="")
pprint.pprint({"z": 1, "a": [1, 2, 3]})
pprint.pprint(list(range(40)), width=60)
pprint.pp({"single": list(range(30))})
printer = pprint.PrettyPrinter(indent=2, width=40)
print(printer.pformat(data["mixed"]))
printer.pprint(("x" * 30, "y" * 30))
print(printer.isreadable([1, "a"]), printer.isrecursive([1]))
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
