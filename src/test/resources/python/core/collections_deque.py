# collections.deque as in CPython: no maxlen needed, indexing, rotate, extendleft, maxlen.
from collections import deque

d = deque([1, 2])
print(d, len(d), d.maxlen, bool(d), bool(deque()))
d.append(3)
d.appendleft(0)
print(d, d[0], d[-1], d[2])
d.extend([4, 5])
d.extendleft("ab")
print(d)
d.rotate(2)
print("rotate(2)", d)
d.rotate(-3)
print("rotate(-3)", d)
d.rotate()
print("rotate()", d)
print(d.pop(), d.popleft(), d)
print(3 in d, 99 in d, d.count(2), d.index(3), list(reversed(d)))
d.remove(3)
print("remove", d)
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "z")
print("insert", d)
del d[0]
d[1] = "set"
print("del and set", d)
d.reverse()
print("reverse", d)
e = d.copy()
e.clear()
print("copy and clear", d, e)

m = deque(range(10), maxlen=3)
print("maxlen", m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extendleft([100, 200])
print(m)
try:
    m.insert(0, 5)
except IndexError as ex:
    print("IndexError:", ex)
z = deque(maxlen=0)
z.append(1)
print("maxlen=0", z)

print(deque() == deque(), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1]), deque([2]) > deque([1, 5]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
f = deque([1])
f += [2, 3]
print(f)
f *= 2
print(f)

q = deque()
for i in range(100000):
    q.append(i)
for i in range(99990):
    q.popleft()
print("queue", q, len(q))
window = deque(maxlen=5)
for i in range(20):
    window.append(i * i)
print("sliding window", window, sum(window))

r = deque(range(7))
r.rotate(10)
print(r)
r.rotate(-10)
print(r)
full = deque(range(4), 4)
full.rotate(1)
print(full)
print(deque(iterable=[1, 2], maxlen=5), deque("abc", 2))
twice = deque([1, 2, 3])
twice.extend(twice)
print(twice, deque([1, 2, 3]).index(3, 1), deque([1, 2, 3, 2]).index(2, -2))

loop = deque(range(5))
try:
    for x in loop:
        loop.append(x)
except RuntimeError as ex:
    print("RuntimeError:", ex)
for call in ["deque().pop()", "deque().popleft()", "deque([1])[5]"]:
    try:
        eval(call)
    except IndexError as ex:
        print(call, "IndexError:", ex)
for call in ["deque([1]).index(5)", "deque([1]).remove(5)", "deque((), -1)"]:
    try:
        eval(call)
    except ValueError:
        print(call, "ValueError")
