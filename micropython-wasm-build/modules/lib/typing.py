"""Support for type hints: every common name importable, subscripting that works, and the
few run-time behaviours code relies on.

Follows CPython 3.11's `typing`: Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet,
Type, Callable, the collections.abc aliases (Iterable, Iterator, Generator, Sequence,
Mapping, ...), TypeVar, ParamSpec, Generic, Protocol (runtime_checkable structural
isinstance), Literal, Final, ClassVar, Annotated, Self, NoReturn, Never, LiteralString,
TypeAlias, TypeGuard, Required, NotRequired, NamedTuple and TypedDict (class and functional
syntax), NewType, cast, overload (get_overloads), final, no_type_check,
get_type_hints (classes, modules and functions whose annotations are recorded), get_origin,
get_args, TYPE_CHECKING, assert_never, assert_type, reveal_type, dataclass_transform,
is_typeddict; reprs as CPython prints them. Type hints stay hints: nothing is checked.
Left out: typing.io/typing.re, Concatenate/ParamSpec substitution, TypeVarTuple unpacking
semantics, get_type_hints' handling of PEP 563 in nested scopes, Protocol members found on
built-in types (MicroPython's built-ins have no special-method attributes, so
isinstance(3, SupportsInt) is False).
"""

import sys
import types as _types
from types import GenericAlias as _BuiltinAlias, UnionType as _UnionType

TYPE_CHECKING = False

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Final", "ForwardRef", "Generic", "Literal",
    "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "TypeVarTuple", "Union",
    "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping",
    "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView", "Awaitable",
    "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
    "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex",
    "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter",
    "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple",
    "TypedDict", "Generator", "BinaryIO", "IO", "Match", "Pattern", "TextIO", "AnyStr",
    "assert_type", "assert_never", "cast", "clear_overloads", "dataclass_transform", "final",
    "get_args", "get_origin", "get_overloads", "get_type_hints", "is_typeddict",
    "LiteralString", "Never", "NewType", "no_type_check", "no_type_check_decorator",
    "NoReturn", "NotRequired", "overload", "ParamSpecArgs", "ParamSpecKwargs", "Required",
    "reveal_type", "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias",
    "TypeGuard", "Unpack",
]

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type):
        module = getattr(obj, "__module__", "builtins")
        name = getattr(obj, "__qualname__", obj.__name__)
        return name if module == "builtins" else module + "." + name
    if obj is ...:
        return "..."
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _is_typevar(obj):
    return isinstance(obj, (TypeVar, ParamSpec, TypeVarTuple))


def _collect_parameters(args):
    parameters = []
    for arg in args:
        if _is_typevar(arg):
            if arg not in parameters:
                parameters.append(arg)
        else:
            for p in getattr(arg, "__parameters__", ()):
                if p not in parameters:
                    parameters.append(p)
    return tuple(parameters)


class _Final:
    pass


class _SpecialForm(_Final):
    """A typing construct such as Any, Union, Optional or ClassVar."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%r is not subscriptable" % self)
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % self)

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % self)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)

    def __reduce__(self):
        return self._name


class ForwardRef(_Final):
    """A type given as a string, evaluated later (get_type_hints)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return _eval_type(eval(self.__forward_arg__, globalns, localns), globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


class _BaseGenericAlias(_Final):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(
                "Type %s cannot be instantiated; use %s() instead"
                % (self._name, self.__origin__.__name__.lower())
            )
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ("__origin__", "_name", "_inst"):
            raise AttributeError(attr)
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_BaseGenericAlias):
    """A subscripted generic: List[int], Dict[str, T], MyGeneric[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else _NoneType if a is None else a for a in args)
        self.__parameters__ = _collect_parameters(args)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % self)
        if len(args) != len(self.__parameters__):
            raise TypeError(
                "Too %s arguments for %s; actual %d, expected %d"
                % ("many" if len(args) > len(self.__parameters__) else "few", self, len(args),
                   len(self.__parameters__))
            )
        subst = dict(zip(self.__parameters__, args))
        new_args = tuple(_substitute(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return "%s[%s]" % (name, args)

    def __mro_entries__(self, bases):
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if _protocol() is not None and _protocol() in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


def _substitute(arg, subst):
    if _is_typevar(arg):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    return arg


class _TypingEllipsis:
    pass


class _SpecialGenericAlias(_BaseGenericAlias):
    """A bare generic alias such as List or Dict; subscripting it gives a _GenericAlias."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "") for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(
                "Too %s arguments for %s; actual %d, expected %d"
                % ("many" if len(params) > self._nparams else "few", self, len(params), self._nparams)
            )
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _LazyAlias(_SpecialGenericAlias):
    # A bare alias of a collections.abc (or other module's) class, imported when first needed.
    def __init__(self, module, attr, nparams, *, name=None, inst=True):
        self._inst = inst
        self._name = name or attr
        self._nparams = nparams
        self._module = module
        self._attr = attr

    def __getattr__(self, attr):
        if attr == "__origin__":
            __import__(self._module)
            origin = getattr(sys.modules[self._module], self._attr)
            self.__origin__ = origin
            return origin
        return super().__getattr__(attr)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is Ellipsis:
            return "typing.Callable[..., %s]" % _type_repr(args[1])
        return "typing.Callable[[%s], %s]" % (
            ", ".join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _CallableType(_LazyAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is Ellipsis:
            params = (Ellipsis, _type_check(result, ""))
        else:
            if not isinstance(args, list):
                raise TypeError("Callable[args, result]: args must be a list. Got %r" % (args,))
            params = tuple(_type_check(a, "") for a in args) + (_type_check(result, ""),)
        return _CallableGenericAlias(self.__origin__, params, name="Callable", inst=True)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple", inst=False)
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, tuple(_type_check(p, "") for p in params), name="Tuple", inst=False)


# Union, Optional, Literal, ClassVar, Final, ... ------------------------------------------


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[1])
            if args[1] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[0])
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, (_GenericAlias, _BuiltinAlias)):
                continue
            if issubclass(cls, arg):
                return True
        return False

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)


def _flatten_union(parameters):
    params = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            params.extend(p.__args__)
        else:
            params.append(p)
    result = []
    for p in params:
        if p not in result:
            result.append(p)
    return tuple(result)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = tuple(_type_check(p, "") for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    return _UnionGenericAlias(self, parameters, name="Union")


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "")
    return Union[arg, _NoneType]


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_value_and_type(a) for a in self.__args__) == set(_value_and_type(a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset(_value_and_type(a) for a in self.__args__))

    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)


def _value_and_type(value):
    return (value, type(value))


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        elif p not in flat or any(type(p) is not type(q) for q in flat if q == p):
            flat.append(p)
    return _LiteralGenericAlias(self, tuple(flat), name="Literal")


class _SpecialFormAlias(_GenericAlias):
    # ClassVar[int], Final[int], TypeGuard[int], Required[int], ...
    def __repr__(self):
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in self.__args__))


def _single_getitem(self, parameters):
    item = _type_check(parameters, "")
    return _SpecialFormAlias(self, (item,), name=self._name)


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _SpecialFormAlias(self, parameters, name="Concatenate")


def _unpack_getitem(self, parameters):
    return _SpecialFormAlias(self, (parameters,), name="Unpack")


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
ClassVar = _SpecialForm("ClassVar", _single_getitem)
Final = _SpecialForm("Final", _single_getitem)
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_getitem)
Required = _SpecialForm("Required", _single_getitem)
NotRequired = _SpecialForm("NotRequired", _single_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)
Unpack = _SpecialForm("Unpack", _unpack_getitem)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,), name=None)
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x, ...]: the type T with metadata x, ... for tools."""

    def __init__(self, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError(
                "Annotated[...] should be used with at least two arguments (a type and an annotation)."
            )
        origin = _type_check(params[0], "")
        return _AnnotatedAlias(origin, tuple(params[1:]))


# TypeVar, ParamSpec -----------------------------------------------------------------------


class TypeVar(_Final):
    """A type variable: T = TypeVar('T'), with optional constraints or bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, "") for t in constraints)
        self.__bound__ = _type_check(bound, "") if bound is not None else None

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class TypeVarTuple(_Final):
    """A variadic type variable: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.args" % self.__origin__.__name__


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.kwargs" % self.__origin__.__name__


class ParamSpec(_Final):
    """A parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return "~" + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


# Generic and Protocol ---------------------------------------------------------------------


class Generic:
    """Base class for generic classes: class Stack(Generic[T]): ..."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "") for p in params)
        if cls is Generic or cls is _protocol():
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
            for p in params:
                if not _is_typevar(p):
                    raise TypeError("Parameters to %s[...] must all be type variables or parameter specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
        else:
            expected = getattr(cls, "__parameters__", ())
            if len(params) != len(expected):
                raise TypeError(
                    "Too %s arguments for %s; actual %d, expected %d"
                    % ("many" if len(params) > len(expected) else "few", _type_repr(cls),
                       len(params), len(expected))
                )
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig_bases = cls.__dict__.get("__orig_bases__", ())
        generic_params = None
        for base in orig_bases:
            if isinstance(base, _GenericAlias) and (base.__origin__ is Generic or base.__origin__ is _protocol()):
                if generic_params is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                generic_params = base.__parameters__
        for base in orig_bases:
            if isinstance(base, (_GenericAlias, _BuiltinAlias)):
                for p in _collect_parameters(base.__args__):
                    if p not in tvars:
                        tvars.append(p)
        if generic_params is not None:
            tvars = list(generic_params)
        cls.__parameters__ = tuple(tvars)


def _make_protocol():
    # Protocol and its metaclass (an ABCMeta, so abc is imported) are made on first use.
    from abc import ABCMeta as _ABCMeta

    def _get_protocol_attrs(cls):
        attrs = set()
        for base in _types._mro(cls)[:-1]:
            if base.__name__ in ("Protocol", "Generic"):
                continue
            annotations = base.__dict__.get("__annotations__", {})
            for attr in list(base.__dict__) + list(annotations):
                if not attr.startswith("_abc_") and attr not in _SPECIAL_PROTOCOL_NAMES:
                    attrs.add(attr)
        return attrs


    _SPECIAL_PROTOCOL_NAMES = frozenset((
        "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
        "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
        "__parameters__", "__orig_bases__", "__protocol_attrs__", "_is_protocol",
        "_is_runtime_protocol", "__qualname__", "__init_subclass__", "__match_args__", "_abc_impl",
    ))




    class _ProtocolMeta(_ABCMeta):
        def __instancecheck__(cls, instance):
            if not getattr(cls, "_is_protocol", False):
                return super().__instancecheck__(instance)
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError(
                    "Instance and class checks can only be used with @runtime_checkable protocols"
                )
            if super().__instancecheck__(instance):
                return True
            for attr in cls.__protocol_attrs__:
                try:
                    val = getattr(instance, attr)
                except AttributeError:
                    return False
                if val is None and callable(getattr(cls, attr, None)):
                    return False
            return True

        def __subclasscheck__(cls, other):
            if getattr(cls, "_is_protocol", False) and not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError(
                    "Instance and class checks can only be used with @runtime_checkable protocols"
                )
            if getattr(cls, "_is_protocol", False):
                for attr in cls.__protocol_attrs__:
                    found = False
                    for base in _types._mro(other):
                        if attr in base.__dict__ or attr in base.__dict__.get("__annotations__", {}):
                            found = True
                            break
                    if not found:
                        return super().__subclasscheck__(other)
                return True
            return super().__subclasscheck__(other)


    class Protocol(Generic, metaclass=_ProtocolMeta):
        """Base class for protocol classes (structural subtyping, PEP 544)."""

        __slots__ = ()
        _is_protocol = True
        _is_runtime_protocol = False

        def __init_subclass__(cls, *args, **kwargs):
            super().__init_subclass__(*args, **kwargs)
            if not cls.__dict__.get("_is_protocol", False):
                cls._is_protocol = any(b is Protocol for b in cls.__bases__)
            cls.__protocol_attrs__ = _get_protocol_attrs(cls)
            if cls._is_protocol and "__init__" not in cls.__dict__:
                cls.__init__ = _no_init_or_replace_init


    def _no_init_or_replace_init(self, *args, **kwargs):
        cls = type(self)
        if cls._is_protocol:
            raise TypeError("Protocols cannot be instantiated")

    return Protocol


def _protocol():
    # Protocol if it has been made (nothing is a Protocol before)
    return globals().get("Protocol")


def runtime_checkable(cls):
    """Makes a Protocol class usable with isinstance() and issubclass()."""
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError(
            "@runtime_checkable can be only applied to protocol classes, got %r" % cls
        )
    cls._is_runtime_protocol = True
    return cls


# Aliases of built-in and collections.abc classes -------------------------------------------

List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
Type = _SpecialGenericAlias(type, 1, name="Type")
Text = str
ByteString = _LazyAlias("collections.abc", "ByteString", 0)
Callable = _CallableType("collections.abc", "Callable", 2)
Hashable = _LazyAlias("collections.abc", "Hashable", 0)
Awaitable = _LazyAlias("collections.abc", "Awaitable", 1)
Coroutine = _LazyAlias("collections.abc", "Coroutine", 3)
AsyncIterable = _LazyAlias("collections.abc", "AsyncIterable", 1)
AsyncIterator = _LazyAlias("collections.abc", "AsyncIterator", 1)
Iterable = _LazyAlias("collections.abc", "Iterable", 1)
Iterator = _LazyAlias("collections.abc", "Iterator", 1)
Reversible = _LazyAlias("collections.abc", "Reversible", 1)
Sized = _LazyAlias("collections.abc", "Sized", 0)
Container = _LazyAlias("collections.abc", "Container", 1)
Collection = _LazyAlias("collections.abc", "Collection", 1)
AbstractSet = _LazyAlias("collections.abc", "Set", 1, name="AbstractSet")
MutableSet = _LazyAlias("collections.abc", "MutableSet", 1)
Mapping = _LazyAlias("collections.abc", "Mapping", 2)
MutableMapping = _LazyAlias("collections.abc", "MutableMapping", 2)
Sequence = _LazyAlias("collections.abc", "Sequence", 1)
MutableSequence = _LazyAlias("collections.abc", "MutableSequence", 1)
MappingView = _LazyAlias("collections.abc", "MappingView", 1)
KeysView = _LazyAlias("collections.abc", "KeysView", 1)
ItemsView = _LazyAlias("collections.abc", "ItemsView", 2)
ValuesView = _LazyAlias("collections.abc", "ValuesView", 1)
Generator = _LazyAlias("collections.abc", "Generator", 3)
AsyncGenerator = _LazyAlias("collections.abc", "AsyncGenerator", 2)
ContextManager = _LazyAlias("contextlib", "AbstractContextManager", 1, name="ContextManager")
AsyncContextManager = _LazyAlias("contextlib", "AbstractAsyncContextManager", 1, name="AsyncContextManager")
Deque = _LazyAlias("collections", "deque", 1, name="Deque")
DefaultDict = _LazyAlias("collections", "defaultdict", 2, name="DefaultDict")
OrderedDict = _LazyAlias("collections", "OrderedDict", 2, name="OrderedDict")
Counter = _LazyAlias("collections", "Counter", 1, name="Counter")
ChainMap = _LazyAlias("collections", "ChainMap", 2, name="ChainMap")
Pattern = _LazyAlias("re", "Pattern", 1)
Match = _LazyAlias("re", "Match", 1)


_LAZY_NAMES = ("SupportsInt", "SupportsFloat", "SupportsComplex", "SupportsBytes",
               "SupportsIndex", "SupportsAbs", "SupportsRound", "IO", "BinaryIO", "TextIO")


def _make_lazy_classes():
    # Protocol, the Supports* protocols and the IO classes, made when first used (import
    # stays cheap).
    Protocol = __getattr__("Protocol")
    @runtime_checkable
    class SupportsInt(Protocol):
        """An ABC with one abstract method __int__."""

        def __int__(self):
            pass


    @runtime_checkable
    class SupportsFloat(Protocol):
        def __float__(self):
            pass


    @runtime_checkable
    class SupportsComplex(Protocol):
        def __complex__(self):
            pass


    @runtime_checkable
    class SupportsBytes(Protocol):
        def __bytes__(self):
            pass


    @runtime_checkable
    class SupportsIndex(Protocol):
        def __index__(self):
            pass


    @runtime_checkable
    class SupportsAbs(Protocol):
        def __abs__(self):
            pass


    @runtime_checkable
    class SupportsRound(Protocol):
        def __round__(self, ndigits=0):
            pass


    class IO(Generic[AnyStr]):
        """Generic base class for I/O streams (typing only)."""

        __slots__ = ()
        mode = ""
        name = ""


    class BinaryIO(IO[bytes]):
        __slots__ = ()


    class TextIO(IO[str]):
        __slots__ = ()
    return {
        "SupportsInt": SupportsInt, "SupportsFloat": SupportsFloat,
        "SupportsComplex": SupportsComplex, "SupportsBytes": SupportsBytes,
        "SupportsIndex": SupportsIndex, "SupportsAbs": SupportsAbs,
        "SupportsRound": SupportsRound, "IO": IO, "BinaryIO": BinaryIO, "TextIO": TextIO,
    }


def __getattr__(name):
    if name == "Protocol":
        protocol = _protocol()
        if protocol is None:
            protocol = globals()["Protocol"] = _make_protocol()
        return protocol
    if name in _LAZY_NAMES:
        classes = _make_lazy_classes()
        globals().update(classes)
        return classes[name]
    raise AttributeError("module 'typing' has no attribute '%s'" % name)


# NamedTuple and TypedDict -------------------------------------------------------------------


def _make_nmtuple(name, fields, module, defaults=()):
    from collections import namedtuple

    nm_tpl = namedtuple(name, [n for n, t in fields], defaults=defaults, module=module)
    annotations = {}
    for n, t in fields:
        annotations[n] = _type_check(t, "")
    nm_tpl.__annotations__ = annotations
    return nm_tpl


_prohibited = frozenset((
    "__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
    "_make", "_replace", "_asdict", "_source",
))
_special = frozenset(("__module__", "__name__", "__annotations__", "__qualname__"))


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(
                    "Non-default namedtuple field %s cannot follow default field%s %s"
                    % (field_name, "s" if len(default_names) > 1 else "", ", ".join(default_names))
                )
        nm_tpl = _make_nmtuple(
            typename, list(types.items()), ns.get("__module__", "__main__"),
            defaults=[ns[n] for n in default_names],
        )
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl

    def __call__(cls, typename, fields=None, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, list(fields), "__main__")


class NamedTuple(metaclass=NamedTupleMeta):
    """Typed version of collections.namedtuple: class P(NamedTuple): x: int; y: int = 0."""

    _root = True


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if ns.get("_root", False):
            return super().__new__(cls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = super().__new__(cls, name, (dict,), ns)
        annotations = {}
        own = ns.get("__annotations__", {})
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        for key, tp in own.items():
            annotations[key] = tp
            qualifier = getattr(tp, "_name", None) if isinstance(tp, _SpecialFormAlias) else None
            if qualifier == "Required" or (total and qualifier != "NotRequired"):
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def _typeddict_functional(typename, fields=None, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


class TypedDict(dict, metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys: class Movie(TypedDict): title: str."""

    _root = True


def is_typeddict(tp):
    """True if tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# Functions -----------------------------------------------------------------------------------


def cast(typ, val):
    """Casts a value to a type: returns val unchanged."""
    return val


def assert_type(val, typ):
    """Asks a static type checker to confirm val has type typ: returns val."""
    return val


def assert_never(arg):
    """Statically asserts that a line is unreachable; fails if it runs."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


def reveal_type(obj):
    """Prints the run-time type of obj (to stderr, as CPython) and returns obj."""
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @overload-ed."
    )


def overload(func):
    """Decorator for overloaded signatures; the undecorated definition is the real one."""
    key = getattr(func, "__name__", None)
    if key is not None:
        _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The @overload definitions registered for the function's name."""
    return list(_overload_registry.get(getattr(func, "__name__", None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class final (for type checkers); returns f."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator telling type checkers not to check arg; returns arg."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Decorator marking a dataclass-like decorator, base class or metaclass; returns it."""

    def decorator(cls_or_fn):
        try:
            cls_or_fn.__dataclass_transform__ = {
                "eq_default": eq_default,
                "order_default": order_default,
                "kw_only_default": kw_only_default,
                "frozen_default": frozen_default,
                "field_specifiers": field_specifiers,
                "kwargs": kwargs,
            }
        except (AttributeError, TypeError):
            pass
        return cls_or_fn

    return decorator


class NewType:
    """NewType('UserId', int): a distinct type for checkers; calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __call__(self, x):
        return x

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __mro_entries__(self, bases):
        raise TypeError(
            "Cannot subclass an instance of NewType. Perhaps you were looking for: `%s = NewType(%r, %s)`"
            % ("ProUserId", "ProUserId", self.__name__)
        )

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _UnionGenericAlias):
        return Union
    if isinstance(tp, _LiteralGenericAlias):
        return Literal
    if isinstance(tp, _SpecialFormAlias):
        return tp.__origin__
    if isinstance(tp, (_BaseGenericAlias, _BuiltinAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The type arguments: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _SpecialGenericAlias):
        return ()
    if isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) or (
                isinstance(tp, _BuiltinAlias) and getattr(tp.__origin__, "__name__", "") == "Callable"):
            if res and res[0] is not Ellipsis:
                res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, str):
        return _eval_type(eval(t, globalns, localns), globalns, localns)
    if isinstance(t, _UnionGenericAlias):
        return Union[tuple(_eval_type(a, globalns, localns) for a in t.__args__)]
    if isinstance(t, _AnnotatedAlias):
        return _AnnotatedAlias(_eval_type(t.__origin__, globalns, localns), t.__metadata__)
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args != t.__args__:
            return t.copy_with(args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _SpecialFormAlias) and t._name in ("Required", "NotRequired"):
        return _strip_annotations(t.__args__[0])
    return t


def _module_globals(obj):
    name = getattr(obj, "__module__", None) or "__main__"
    module = sys.modules.get(name)
    if module is None:
        try:
            module = __import__(name)
        except ImportError:
            return {}
    return module.__dict__


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases'), module or function, with string
    annotations evaluated and None as NoneType."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(_types._mro(obj)):
            ann = base.__dict__.get("__annotations__", {})
            base_globals = _module_globals(base) if globalns is None else globalns
            base_locals = dict(base.__dict__) if localns is None else localns
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value)
                hints[name] = _eval_type(value, base_globals, base_locals)
    else:
        if isinstance(obj, _types.ModuleType):
            ann = getattr(obj, "__annotations__", {})
            nsobj = obj.__dict__
        else:
            ann = getattr(obj, "__annotations__", None)
            if ann is None:
                if callable(obj):
                    return {}
                raise TypeError("%r is not a module, class, method, or function." % (obj,))
            nsobj = getattr(obj, "__globals__", {})
        if globalns is None:
            globalns = nsobj
        if localns is None:
            localns = globalns
        for name, value in ann.items():
            if value is None:
                value = _NoneType
            if isinstance(value, str):
                value = ForwardRef(value)
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}
