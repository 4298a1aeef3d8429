# graphlib: TopologicalSorter and CycleError
import graphlib
from graphlib import TopologicalSorter, CycleError


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(graphlib.__all__)
print(issubclass(CycleError, ValueError), TopologicalSorter[str])

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph_lists = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(list(TopologicalSorter(graph_lists).static_order()))
print(tuple(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()))
print(list(TopologicalSorter({1: []}).static_order()))
print(list(TopologicalSorter({"a": "bc", "b": "c"}).static_order()))

# add
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(2)
ts.add(4, 3, 3)
ts.add(5, 4, 1, 0)
print(list(ts.static_order()))

# the protocol: prepare, get_ready, done, is_active
ts = TopologicalSorter({"build": ["compile", "assets"], "compile": ["fetch"], "assets": ["fetch"], "test": ["build"],
                        "deploy": ["test", "build"]})
attempt("get_ready before prepare", ts.get_ready)
attempt("is_active before prepare", ts.is_active)
attempt("done before prepare", ts.done, "fetch")
attempt("bool before prepare", bool, ts)
ts.prepare()
attempt("prepare twice", ts.prepare)
attempt("add after prepare", ts.add, "x")
print(ts.is_active(), bool(ts))
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print("step", step, ready, ts.get_ready())
    for node in ready:
        ts.done(node)
    step += 1
print(ts.is_active(), bool(ts), ts.get_ready())

# done errors
ts = TopologicalSorter({"b": ["a"], "c": ["b"]})
ts.prepare()
attempt("done unknown", ts.done, "zzz")
attempt("done not ready", ts.done, "b")
ready = ts.get_ready()
print(ready)
ts.done(*ready)
attempt("done twice", ts.done, "a")
print(ts.get_ready())
attempt("done mix", ts.done, "b", "q")
print(ts.get_ready(), ts.is_active())
ts.done("c")
print(ts.is_active())
attempt("done no args", ts.done)

# several ready nodes done out of order
ts = TopologicalSorter()
for n in range(6):
    ts.add(n)
ts.add(10, 0, 1)
ts.add(11, 2, 3, 4, 5)
ts.add(12, 10, 11)
ts.prepare()
r = ts.get_ready()
print(r)
ts.done(5, 3)
print(ts.get_ready(), ts.is_active())
ts.done(4, 2, 1)
print(ts.get_ready())
ts.done(0)
print(ts.get_ready())
ts.done(11)
print(ts.get_ready())
ts.done(10)
print(ts.get_ready())
ts.done(12)
print(ts.get_ready(), ts.is_active())

# cycles
for g in [{1: [2], 2: [1]}, {1: [1]}, {"a": ["b"], "b": ["c"], "c": ["a"]},
          {1: [2], 2: [3], 3: [4], 4: [2], 0: [1]}, {1: [2, 3], 3: [4], 4: [1], 2: []}]:
    ts = TopologicalSorter(g)
    try:
        ts.prepare()
        print("no cycle")
    except CycleError as e:
        print(type(e).__name__, e.args, repr(str(e)), e.args[1])
    try:
        print(list(TopologicalSorter(g).static_order()))
    except CycleError as e:
        print("static_order", type(e).__name__, e.args[0], e.args[1])

# progress possible after a CycleError
ts = TopologicalSorter({"a": [], "b": ["a"], "c": ["b", "d"], "d": ["c"]})
try:
    ts.prepare()
except CycleError as e:
    print("cycle", e.args[1])
print(ts.get_ready())
ts.done("a")
print(ts.get_ready())
ts.done("b")
print(ts.get_ready(), ts.is_active())

# static_order is a generator; partly consumed
it = TopologicalSorter({3: [2], 2: [1]}).static_order()
print(type(it).__name__, next(it), next(it), list(it))

# hashable nodes of mixed types
print(list(TopologicalSorter({(1, 2): [None], None: ["x"], "x": [frozenset()]}).static_order()))
attempt("unhashable", TopologicalSorter().add, [1])
attempt("unhashable pred", TopologicalSorter().add, 1, [2])
attempt("graph not mapping", TopologicalSorter, [1, 2])

# a large chain: no recursion limit
n = 3000
ts = TopologicalSorter()
for i in range(1, n):
    ts.add(i, i - 1)
order = list(ts.static_order())
print(len(order), order[:3], order[-3:])
ts = TopologicalSorter({i: [i + 1] for i in range(n)})
ts.add(n, 0)
try:
    ts.prepare()
except CycleError as e:
    print(len(e.args[1]), e.args[1][:3], e.args[1][-3:])
