# the same with types imported before collections.abc
import types
import collections.abc
p = types.MappingProxyType({"a": 1})
print(isinstance(p, collections.abc.Mapping), issubclass(types.MappingProxyType, collections.abc.Mapping))
print(isinstance(types.FunctionType, type), isinstance(print, collections.abc.Callable))
