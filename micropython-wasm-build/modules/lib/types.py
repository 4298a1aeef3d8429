"""Names for built-in types, SimpleNamespace, MappingProxyType, GenericAlias and UnionType.

Follows CPython 3's `types` for the common API. Left out: CodeType, FrameType,
TracebackType, CellType, coroutine types, DynamicClassAttribute, new_class, prepare_class,
resolve_bases, get_original_bases. On MicroPython every built-in function has the type
`function`, so BuiltinFunctionType is FunctionType's sibling only by name; MethodType and
ModuleType cannot be called to make new objects (bind with functools.partial instead).
`list[int]` and `int | None` (patches 0092) are made here: GenericAlias and UnionType.
"""


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = FunctionType
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(__import__("sys"))
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
del _f, _g, _C


class SimpleNamespace:
    """An object whose attributes are its keyword arguments; compares by attributes."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "namespace(%s)" % ", ".join(items)

    def __eq__(self, other):
        if not isinstance(self, SimpleNamespace) or not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result


def _mro(cls):
    """cls.__mro__ as CPython computes it (C3 linearisation of __bases__); MicroPython's
    classes have no __mro__. bool counts as a subclass of int, as in CPython. If the bases
    admit no C3 order, the depth-first order MicroPython's attribute lookup uses."""
    if cls is object:
        return [object]
    # single inheritance (the usual case): the chain of bases
    chain = [cls]
    c = cls
    while True:
        bases = _bases(c)
        if not bases:
            chain.append(object)
            return chain
        if len(bases) > 1:
            break
        c = bases[0]
        chain.append(c)
    return _c3(cls) + [object]


def _bases(cls):
    return (int,) if cls is bool else tuple(b for b in cls.__bases__ if b is not object)


def _c3(cls):
    # The C3 linearisation without object.
    bases = _bases(cls)
    sequences = [_c3(base) for base in bases] + [list(bases)]
    result = [cls]
    while True:
        sequences = [seq for seq in sequences if seq]
        if not sequences:
            return result
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            return _dfs(cls)
        result.append(head)
        for seq in sequences:
            if seq[0] is head:
                del seq[0]


def _dfs(cls):
    result = []
    stack = [cls]
    while stack:
        c = stack.pop(0)
        if c not in result:
            result.append(c)
            stack[0:0] = list(_bases(c))
    return result


class MappingProxyType:
    """A read-only view of a mapping."""

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__"):
            raise TypeError(
                "mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__
            )
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __str__(self):
        return "{%s}" % ", ".join("%r: %r" % (k, v) for k, v in self._mapping.items())

    def __repr__(self):
        return "mappingproxy(%s)" % self.__str__()


def _type_repr(obj):
    # As CPython's typing/_GenericAlias print their arguments.
    if isinstance(obj, type):
        module = getattr(obj, "__module__", "builtins")
        name = getattr(obj, "__qualname__", obj.__name__)
        return name if module == "builtins" else module + "." + name
    if obj is ...:
        return "..."
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


class GenericAlias:
    """A parameterised built-in type, such as list[int] (PEP 585)."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if _is_typevar(a))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, item):
        raise TypeError("%r is not a generic class" % self)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __repr__(self):
        if len(self.__args__) == 0:
            args = "()"
        else:
            args = ", ".join(_alias_arg_repr(a) for a in self.__args__)
        return "%s[%s]" % (_type_repr(self.__origin__), args)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


def _alias_arg_repr(arg):
    if isinstance(arg, list):
        return "[%s]" % ", ".join(_alias_arg_repr(a) for a in arg)
    return _type_repr(arg)


def _is_typevar(obj):
    return type(obj).__name__ in ("TypeVar", "ParamSpec", "TypeVarTuple")


class UnionType:
    """The type of int | str (PEP 604)."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return " | ".join(_type_repr(a) if a is not NoneType else "None" for a in self.__args__)

    def __eq__(self, other):
        args = getattr(other, "__args__", None)
        if not isinstance(other, UnionType) and type(other).__name__ != "_UnionGenericAlias":
            return NotImplemented
        return set(self.__args__) == set(args)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(obj, arg):
                return True
        return False

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


def _union(left, right):
    # left | right for classes, None and the objects above (called by the interpreter too)
    args = []
    for side in (left, right):
        if side is None:
            side = NoneType
        if isinstance(side, UnionType):
            parts = side.__args__
        elif isinstance(side, (type, GenericAlias)) or type(side).__name__ in (
            "TypeVar",
            "_GenericAlias",
            "_SpecialGenericAlias",
            "_UnionGenericAlias",
            "_LiteralGenericAlias",
            "_CallableGenericAlias",
        ):
            parts = (side,)
        else:
            raise TypeError(
                "unsupported operand type(s) for |: '%s' and '%s'"
                % (_operand_name(left), _operand_name(right))
            )
        for part in parts:
            if part not in args:
                args.append(part)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def _register_mapping_proxy():
    # collections.abc, if already imported, learns that MappingProxyType is a Mapping (it
    # registers it itself when it is imported second).
    import sys

    abcs = sys.modules.get("collections.abc")
    if abcs is not None:
        abcs.Mapping._abc_impl.registry.append(MappingProxyType)


_register_mapping_proxy()
del _register_mapping_proxy


def _operand_name(obj):
    if isinstance(obj, type):
        return "type"
    return type(obj).__name__
