# heapq (completed), bisect (lo/hi/key), copy (shallow, deep with memo, cycles, shared
# references, __copy__/__deepcopy__, instances through __dict__).
import heapq, bisect, copy
h = []
for v in [5, 1, 8, 3, 2]: heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], heapq.heappushpop(h, 4), heapq.heappushpop(h, 100), heapq.heapreplace(h, 0), sorted(h))
data = [9, 2, 7, 4, 4, 1]
heapq.heapify(data); print(data[0], sorted(data))
print(heapq.nlargest(3, [1, 8, 3, 8, 5]), heapq.nsmallest(2, [4, 1, 3, 1]), heapq.nlargest(2, ["a", "bbb", "cc"], key=len), heapq.nsmallest(10, [3, 1]), heapq.nlargest(0, [1]), heapq.nsmallest(1, []), heapq.nlargest(1, [2, 9, 4]))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 2)]
print(heapq.nlargest(2, recs, key=lambda r: r[1]), heapq.nsmallest(3, recs, key=lambda r: r[1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)), list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, "b")], [(1, "a")])), list(heapq.merge([1, 1], [1], key=lambda v: 0)))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 9); print(a)
people = [("al", 20), ("bo", 30), ("cy", 40)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), bisect.bisect_right(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("di", 35), key=lambda p: p[1]); print(people)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try: bisect.bisect_left(a, 1, -1)
except ValueError as e: print("ValueError", e)
shared = [1, 2]
orig = {"a": shared, "b": shared, "c": (shared, 3), "d": {1, 2}}
dc = copy.deepcopy(orig)
print(dc == orig, dc["a"] is dc["b"], dc["a"] is shared, dc["c"][0] is dc["a"])
cyc = [1]; cyc.append(cyc)
cc = copy.deepcopy(cyc); print(cc[1] is cc, cc is not cyc, cc[0])
sc = copy.copy(orig); print(sc["a"] is shared, sc is not orig)
class Pt:
    def __init__(self, x, y): self.x = x; self.y = y; self.tags = ["t"]
p = Pt(1, 2); q = copy.copy(p); r = copy.deepcopy(p)
print(q.x, q.tags is p.tags, r.tags is p.tags, r.tags, type(r).__name__)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): return Custom(self.v + 100)
    def __deepcopy__(self, memo): return Custom(self.v + 1000)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)
t = (1, 2, (3, 4)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); t2c = copy.deepcopy(t2); print(t2c == t2, t2c is t2, t2c[1] is t2[1])
memo = {}; l1 = [1]; x1 = copy.deepcopy([l1, l1], memo); print(x1[0] is x1[1], id(l1) in memo)
class Node:
    def __init__(self): self.parent = None; self.children = []
root = Node(); child = Node(); child.parent = root; root.children.append(child)
r2 = copy.deepcopy(root); print(r2.children[0].parent is r2, r2 is not root)
print(copy.copy(5), copy.deepcopy("s"), copy.deepcopy(None), copy.copy(len) is len)
from collections import namedtuple
P2 = namedtuple("P2", "a b")
pt = P2([1], 2); ptc = copy.deepcopy(pt); print(ptc, ptc.a is not pt.a, type(ptc).__name__, copy.copy(pt) == pt)
class WithSlots:
    def __init__(self): self.d = {"k": [1, 2]}
w = WithSlots(); w2 = copy.deepcopy(w); w2.d["k"].append(3); print(w.d, w2.d)
nested = [[1, [2, 3]], {"a": (4, [5])}]
nc = copy.deepcopy(nested); nc[0][1].append(9); nc[1]["a"][1].append(6); print(nested, nc)
big = list(range(20)); random_order = [7, 3, 15, 1, 19, 0, 12]
h2 = []
for v in random_order: heapq.heappush(h2, (v % 5, v))
print([heapq.heappop(h2) for _ in range(len(h2))])
print(heapq.nsmallest(3, big, key=lambda v: -v), heapq.nlargest(3, big, key=lambda v: v % 7))
srt = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]: bisect.insort(srt, v)
print(srt, bisect.bisect_left(srt, 5), bisect.bisect_right(srt, 5), bisect.bisect_left(srt, 100), bisect.bisect_left([], 1))
