print({3, 1, 2}, list(set([3, 1, 2, 3])), sorted({3, 1, 2}), {-1, -2, 0}, {True, 0, 1.0, 2})
# Sets iterate in CPython's order (patch 0153): a deterministic workout of 3,000 operations on
# four sets, the same in CPython and in the sandbox, printing each set's order as it goes.
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
def val():
    k = rnd(10)
    if k < 5:
        return rnd(20)
    if k < 7:
        return rnd(1000) - 500
    if k < 8:
        return rnd(100000) * 7919
    if k < 9:
        return float(rnd(50))
    return rnd(2) == 1
sets = [set() for _ in range(4)]
for step in range(3000):
    op = rnd(16)
    a = sets[rnd(4)]
    b = sets[rnd(4)]
    if op < 5:
        a.add(val())
    elif op == 5:
        a.discard(val())
    elif op == 6 and a:
        a.pop()
    elif op == 7:
        a |= {val() for _ in range(rnd(6))}
    elif op == 8:
        sets[rnd(4)] = a | b
    elif op == 9:
        sets[rnd(4)] = a & b
    elif op == 10:
        sets[rnd(4)] = a - b
    elif op == 11:
        sets[rnd(4)] = a ^ b
    elif op == 12:
        sets[rnd(4)] = set(list(a) + [val() for _ in range(rnd(10))])
    elif op == 13:
        a.difference_update([val() for _ in range(rnd(8))])
    elif op == 14:
        sets[rnd(4)] = a.copy() if rnd(2) else set(a)
    elif op == 15:
        if rnd(10) == 0:
            a.clear()
        else:
            a.intersection_update(b | {val()})
    if step % 50 == 0:
        print(step, [list(s) for s in sets])
print(sorted(frozenset({3, 1, 2}) & {2, 3}), frozenset({3, 1}) & {1}, frozenset({5, 1}) - {1})
d = dict.fromkeys([9, 1, 5, 33, 17])
print(set(d), set(d.keys()), {*d}, set(range(100, 0, -7)), set(i * i for i in range(20)))
s = set(range(50))
for i in range(0, 50, 3):
    s.remove(i)
print(s, s.pop(), s.pop(), s)
s.add(0); s.add(3); print(s, s.pop(), s.pop())
print({-1, -2, -3, 2**40, 2**33 + 5, -2**35})
