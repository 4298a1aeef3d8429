# Extended slices (patch 0040): reading, assigning and deleting with any step, as in CPython.
import array

bounds = [None, -9, -3, -1, 0, 1, 2, 5, 9]
steps = [None, 1, 2, 3, -1, -2, -4]
for seq in ["abcdefg", "aé€😀bcd", b"abcdefg", bytearray(b"abcdefg"), (1, 2, 3, 4, 5, 6, 7),
            [1, 2, 3, 4, 5, 6, 7], array.array("i", [1, 2, 3, 4, 5, 6, 7])]:
    print(type(seq).__name__, [seq[a:b:c] for a in bounds for b in bounds for c in steps])

print("abc"[::-1], b"abc"[::-1], (1, 2, 3)[::-1], "aé€😀"[::-1], "aé€😀bcd"[1::2])

for make in (list, bytearray, lambda items: array.array("b", items)):
    for a in bounds:
        for c in steps:
            deleted = make(range(7))
            del deleted[a::c]
            assigned = make(range(7))
            n = len(assigned[a::c])
            assigned[a::c] = make(range(10, 10 + n))
            try:
                wrong = make(range(7))
                wrong[a::c] = make(range(20, 22))
            except ValueError as e:
                wrong = "ValueError: " + str(e)
            print(list(deleted), list(assigned), wrong if isinstance(wrong, str) else list(wrong))

items = [1, 2, 3, 4]
items[::-1] = items
print(items)
items = [10, 20]
items[0:1] = range(4)
print(items)
data = bytearray(4)
data[0:1] = [1, 2]
print(data)
data[1:3] = (65, 66)
del data[0]
print(data)
for bad in (5, "text"):
    try:
        data[0:1] = bad
    except TypeError as e:
        print("TypeError", e)

# Bounds and steps of any size are clamped, as in CPython.
big = 10 ** 20
for seq in ["abcdef", "aé€😀bcd", b"abcdef", bytearray(b"abc"), (1, 2, 3), [1, 2, 3]]:
    print(seq[:big], seq[-big:], seq[-big:big], seq[big:], seq[::big], seq[::-big], seq[2 ** 40:2 ** 41:-1], seq[-2 ** 31:2 ** 31:2 ** 31])
print(slice(-big, big, 3).indices(10), slice(big, -big, -2).indices(3), slice(4), slice(1, 2), "abcdef"[slice(1, None, 2)])
try:
    "abc"[::0]
except ValueError as e:
    print("ValueError:", e)
