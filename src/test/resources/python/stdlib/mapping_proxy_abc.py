# MappingProxyType is a Mapping whichever of types and collections.abc is imported first
import collections.abc
import types
p = types.MappingProxyType({"a": 1})
print(isinstance(p, collections.abc.Mapping), issubclass(types.MappingProxyType, collections.abc.Mapping))
print(isinstance(len, collections.abc.Callable), isinstance((lambda: 0), collections.abc.Callable))
def gen():
    yield 1
print(isinstance(gen(), collections.abc.Generator), isinstance(gen(), collections.abc.Iterator))
class K:
    def m(self): pass
print(isinstance(K().m, collections.abc.Callable), isinstance(K().m, collections.abc.Hashable))
print(isinstance({}, collections.abc.MutableMapping), isinstance(p, collections.abc.MutableMapping))
