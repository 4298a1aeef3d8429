# array items as CPython treats them (patches 0141, 0142): arrays of any typecodes compare item
# by item, `in` looks for an equal item, and an int that does not fit the item type is refused
# instead of truncated. ('l'/'L' items are left out: 32 bits on wasm32, 64 in CPython.)
from array import array

print(array("b", [1, 2]) == array("i", [1, 2]), array("b", [1, 2]) != array("i", [1, 2]))
print(array("b", [1, 2]) == array("i", [1, 3]), array("h", [1]) == array("d", [1.0]))
print(array("d", [0.5, 2.0]) == array("f", [0.5, 2.0]), array("d", [0.1]) == array("f", [0.1]))
print(array("d", [1.0]) < array("d", [2.0]), array("b", [1, 2]) < array("i", [1, 2, 0]))
print(array("b", [3]) > array("H", [2, 9]), array("b", [-1]) < array("B", [0]))
print(array("i", [1, 2]) <= array("q", [1, 2]), array("i", [1, 2]) >= array("q", [1, 3]))
print(array("b", [5, 5]) > array("b", [5]), array("b") == array("d"), array("b") < array("d"))
nan = float("nan")
print(array("d", [nan]) == array("d", [nan]), array("d", [1.0, nan]) < array("d", [2.0, nan]))
print(array("B", [200]) < array("B", [100]), array("b", [1, 2]) == [1, 2], array("i") == 0)
print(array("b", [-1]) == array("B", [255]), array("b", b"a") == b"a", array("B", b"a") != b"a")
for other in [b"\x01", 1]:
    try:
        print(array("b", [1]) < other)
    except TypeError:
        print("TypeError")  # CPython names the type 'array.array', MicroPython 'array'

print(1 in array("B", b"12"), 49 in array("B", b"12"), 50.0 in array("B", b"12"))
print(0.5 in array("d", [0.25, 0.5]), 1 in array("f", [1.0]), "1" in array("b", [1]))
print(-3 in array("h", [1, -3]), 2**40 in array("q", [2**40]), 3 in array("i"))
print(nan in array("d", [nan]), None in array("b", [0]))
print(1 in bytearray(b"\x01"), b"\x01" in bytearray(b"\x00\x01"), 7 in memoryview(b"\x07"))

for code, value in [("b", 127), ("b", -128), ("B", 255), ("h", -32768), ("H", 65535),
                    ("i", 2**31 - 1), ("I", 2**32 - 1), ("q", -2**63), ("Q", 2**64 - 1)]:
    print(array(code, [value]))
for code, value in [("b", 128), ("b", -129), ("b", 70000), ("b", -2**40), ("b", 2**64),
                    ("B", 256), ("B", -1), ("B", -2**70), ("h", 32768), ("h", -2**20),
                    ("H", 65536), ("H", -1), ("H", 2**40), ("i", 2**31), ("i", -2**31 - 1),
                    ("I", 2**32), ("I", -1), ("I", 2**64), ("q", 2**63), ("q", -2**63 - 1),
                    ("Q", 2**64), ("Q", -1)]:
    try:
        print(array(code, [value]))
    except OverflowError as e:
        print(code, value, "OverflowError:", e)

a = array("b", [1, 2])


def store(sequence, index, value):
    sequence[index] = value
    return sequence


for change in [lambda: a.append(128), lambda: store(a, 0, -129), lambda: a.append(-128)]:
    try:
        change()
        print(a)
    except OverflowError as e:
        print("OverflowError:", e, a)
b = array("B", iter([1, 2]))
try:
    b.append(300)
except OverflowError as e:
    print("OverflowError:", e, b)

for make in [lambda: bytearray([256]), lambda: bytearray([0, -1]), lambda: store(bytearray(2), 1, 999), lambda: store(bytearray(2), 1, 9)]:
    try:
        print(make())
    except ValueError as e:
        print("ValueError:", e)
m = memoryview(array("b", [0, 0]))
try:
    m[0] = 200
except ValueError as e:
    print("ValueError:", e)
m[1] = -100
print(m.tolist() if hasattr(m, "tolist") else list(m))
