# list.sort and sorted: stable, with key and reverse, key called once per item, errors.
seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n


rows = [(rand(5), i) for i in range(2000)]
by_first = sorted(rows, key=lambda r: r[0])
print("stable", all(a[1] < b[1] for a, b in zip(by_first, by_first[1:]) if a[0] == b[0]))
print(by_first[:6], by_first[-3:])
rev = sorted(rows, key=lambda r: r[0], reverse=True)
print("stable reverse", all(a[1] < b[1] for a, b in zip(rev, rev[1:]) if a[0] == b[0]))
print(rev[:6])

people = [("bob", 25, "paris"), ("amy", 31, "oslo"), ("cid", 25, "oslo"), ("dan", 31, "paris"), ("eve", 25, "rome")]
people.sort(key=lambda p: p[0])
people.sort(key=lambda p: p[2], reverse=True)
people.sort(key=lambda p: p[1])
print("multi-key by successive sorts", people)
print(sorted(["b", "A", "a", "B", "c", "C"], key=str.lower))
print(sorted(["b", "A", "a", "B", "c", "C"], key=str.lower, reverse=True))
print(sorted([3, 1.5, 2, True, -1, 0.0, False]))

for n in range(0, 300, 7):
    data = [rand(n // 4 + 1) for _ in range(n)]
    for reverse in (False, True):
        pairs = sorted(((x, i) for i, x in enumerate(data)), key=lambda p: p[0], reverse=reverse)
        order = sorted(range(n), key=lambda i: (-data[i] if reverse else data[i], i))
        assert [i for _, i in pairs] == order, (n, reverse)
        plain = list(data)
        plain.sort(reverse=reverse)
        assert plain == [data[i] for i in order], (n, reverse)
print("random lists agree with a decorated sort")

calls = []


def key(x):
    calls.append(x)
    return -x


shuffled = [(i * 37) % 101 for i in range(101)]
shuffled.sort(key=key)
print("key calls", len(calls), shuffled[:5])


class Boom:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("boom")
        return self.v < other.v


items = [Boom(i) for i in range(40, 0, -1)]
try:
    items.sort()
except ValueError as e:
    print("comparison raised", e)
print("list still holds every item", sorted(x.v for x in items) == list(range(1, 41)))


def bad_key(x):
    if x == 3:
        raise KeyError(x)
    return x


nums = [5, 3, 1]
try:
    nums.sort(key=bad_key)
except KeyError:
    print("key raised", sorted(nums))

grow = [3, 1, 2]


def appending_key(x):
    grow.append(x)
    return x


try:
    grow.sort(key=appending_key)
except ValueError as e:
    print("ValueError:", e)
print("after a change during sort", grow)

seen = []
watched = [2, 1]
watched.sort(key=lambda x: seen.append(list(watched)) or x)
print("the list looks empty during the sort", seen, watched)

try:
    sorted([1, "a", 2])
except TypeError:
    print("TypeError for unorderable items")

big = list(range(100000))
big.sort()
print("100,000 presorted", big[:3], big[-1])
big.sort(reverse=True)
print("reversed", big[:3], big[-1])
print("few distinct", sorted([i % 3 for i in range(30000)])[14999:15001])
print("sawtooth", sorted([i % 1000 for i in range(50000)])[::10000])
