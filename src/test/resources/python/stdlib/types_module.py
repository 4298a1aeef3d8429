# types: SimpleNamespace, the names of built-in types, MappingProxyType, GenericAlias and
# UnionType (list[int], int | None).
import types
from types import SimpleNamespace
ns = SimpleNamespace(a=1)
ns.b = 2
print(ns.a, ns.b, ns == SimpleNamespace(a=1, b=2), ns != SimpleNamespace(a=1), repr(SimpleNamespace(x=[1])))
print(sorted(ns.__dict__.items()), hasattr(ns, "c"))
del ns.b
print(ns, SimpleNamespace() == SimpleNamespace())
try: SimpleNamespace(1)
except TypeError as e: print("TypeError", e)
def f(): pass
def g(): yield 1
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(types, types.ModuleType), isinstance(len, types.BuiltinFunctionType))
print(types.NoneType is type(None), isinstance(..., types.EllipsisType), types.FunctionType is types.LambdaType)
mp = types.MappingProxyType({"k": 1})
print(mp["k"], "k" in mp, len(mp), list(mp), mp.get("z", 0), repr(mp), str(mp))
try: mp["k"] = 2
except TypeError: print("TypeError readonly")
print(list[int], dict[str, list[int]], tuple[int, ...], set[str], type[int])
print(list[int] == list[int], list[int] != list[str], list[int].__origin__, list[int].__args__, dict[str, int].__args__)
print(list[int]([1, 2]), isinstance(list[int], types.GenericAlias))
print(int | None, None | int, int | str | None, (int | str).__args__, int | str == str | int)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(int, int | str))
print(isinstance(int | str, types.UnionType), list[int] | None)
try: isinstance([], list[int])
except TypeError as e: print("TypeError", e)
class Box(list[int]):
    pass
print(Box([1]), Box.__orig_bases__, isinstance(Box(), list))
