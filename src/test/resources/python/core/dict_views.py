# Dict views: len, membership, set operations, comparisons, reversed; dict.fromkeys.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(len(k), len(v), len(it), bool({}.keys()), bool(it))
print(k, v, it)
print("a" in k, "z" in k, ("a", 1) in it, ("a", 2) in it, ["a", 1] in it, 2 in v)

print(sorted(k | {"z"}), sorted(k & {"a", "q"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted({"z"} | k), sorted({"a", "q"} & k), sorted({"a", "q"} - k), sorted({"a", "q"} ^ k))
print(sorted(k | ["x", "y"]), sorted(k & ("a", "b")), sorted(k - iter(["c"])), sorted(k | d.keys()))
print(sorted(it | {("z", 0)}), sorted(it & {("a", 1), ("b", 9)}), sorted(it - {("a", 1)}))
print(type(k | {"z"}).__name__, type(it & set()).__name__)

print(k == {"a", "b", "c"}, {"a", "b", "c"} == k, k != {"a"}, k == {"c": 0, "b": 0, "a": 0}.keys())
print(k == ["a", "b", "c"], it == {("a", 1), ("b", 2), ("c", 3)}, it == {("a", 1)})
print(k < {"a", "b", "c", "d"}, k <= {"a", "b", "c"}, k > {"a"}, k >= {"a", "b", "c", "d"})
print({"a"} < k, {"a", "b", "c", "d"} > k, frozenset("abc") == k, k <= frozenset("abcd"))
print(k.isdisjoint({"x"}), k.isdisjoint(["x", "a"]), it.isdisjoint([("a", 2)]))

view = d.keys()
d["d"] = 4
print("views follow the dict", list(view), len(view))
del d["a"]
print(list(view), sorted(view | {"a"}))

print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))

for expr in ["k | 5", "v | {1}", "k < [1]", "{'a': 1} | [('b', 2)]", "it | {('a', [])}"]:
    try:
        print(expr, eval(expr))
    except TypeError:
        print(expr, "TypeError")

print(dict.fromkeys("abca"), dict.fromkeys(range(3), []), dict.fromkeys([]))
