"""Data classes (PEP 557): @dataclass generates __init__, __repr__, __eq__, ordering,
__hash__ and frozen-ness from the class's annotated fields.

Follows CPython 3's `dataclasses`: dataclass (init, repr, eq, order, unsafe_hash, frozen,
match_args, kw_only), field (default, default_factory, init, repr, hash, compare,
metadata, kw_only), Field, fields, asdict, astuple, replace, is_dataclass,
make_dataclass, InitVar, KW_ONLY, FrozenInstanceError, MISSING, __post_init__,
inheritance, ClassVar fields (typing.ClassVar or a "ClassVar[...]" string).
Class-body annotations reach __annotations__ through patches/0090. Left out: slots=True
and weakref_slot (MicroPython ignores __slots__; the class is returned as it is),
recursive_repr for classes other than dataclasses, __doc__ signatures, field.doc (3.14).
"""

from ucollections import OrderedDict as _OrderedDict

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
    "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class KW_ONLY:
    """Annotating a pseudo-field with KW_ONLY makes the fields after it keyword-only."""


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__, not stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return "dataclasses.InitVar[%s]" % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """The description of one field (see field())."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (
            "Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,"
            "compare=%r,metadata=%r,kw_only=%r,_field_type=%r)"
            % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
               self.hash, self.compare, self.metadata, self.kw_only, self._field_type)
        )

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return "_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)" % (
            self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes a field: its default or default_factory (a callable making the default),
    and whether it is in __init__, __repr__, comparisons and the hash."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _mro(cls):
    from types import _mro

    return _mro(cls)


def _is_type(annotation, name, module_attr):
    # annotation is typing.<name>[...], dataclasses.<name>, or a string naming one
    if isinstance(annotation, str):
        text = annotation.strip()
        for prefix in (name, "typing." + name, "t." + name, "dataclasses." + name):
            if text == prefix or text.startswith(prefix + "["):
                return True
        return False
    return False


def _is_classvar(annotation):
    # typing.ClassVar, ClassVar[T], or a string naming one (PEP 563)
    if _is_type(annotation, "ClassVar", "typing"):
        return True
    if getattr(annotation, "_name", None) == "ClassVar" and type(annotation).__module__ == "typing":
        return True
    origin = getattr(annotation, "__origin__", None)
    return getattr(origin, "_name", None) == "ClassVar" and type(origin).__module__ == "typing"


def _is_initvar(annotation):
    return annotation is InitVar or isinstance(annotation, InitVar) or _is_type(annotation, "InitVar", "dataclasses")


def _is_kw_only(annotation):
    return annotation is KW_ONLY or _is_type(annotation, "KW_ONLY", "dataclasses")


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING and _is_unhashable(f.default):
        raise ValueError(
            "mutable default %s for field %s is not allowed: use default_factory"
            % (_class_repr(type(f.default)), f.name)
        )
    return f


def _is_unhashable(value):
    if isinstance(value, (list, dict, set, bytearray)):
        return True
    try:
        hash(value)
    except TypeError:
        return True
    return False


def _class_repr(cls):
    return "<class '%s'>" % cls.__name__


def _frozen_setattr(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        object.__setattr__(self, name, value)

    return __setattr__


def _frozen_delattr(cls, field_names):
    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field %r" % name)
        object.__delattr__(self, name)

    return __delattr__


def _init_function(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init):
    # The __init__ source (exec'd once per class, like CPython): positional parameters, then
    # keyword-only ones; defaults and factories come from the function's globals.
    namespace = {
        "__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
        "__dataclass_builtins_object__": object,
        "MISSING": MISSING,
    }
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % f.name)

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default is not MISSING:
            namespace["__dataclass_dflt_%s__" % f.name] = f.default
            return "%s=__dataclass_dflt_%s__" % (f.name, f.name)
        return "%s=__dataclass_HAS_DEFAULT_FACTORY__" % f.name

    params = ["self"] + [param(f) for f in std_fields]
    if kw_only_fields:
        params.append("*")
        params.extend(param(f) for f in kw_only_fields)
    body = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            namespace["__dataclass_factory_%s__" % f.name] = f.default_factory
            if f.init:
                value = "__dataclass_factory_%s__() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s" % (
                    f.name, f.name, f.name)
            else:
                value = "__dataclass_factory_%s__()" % f.name
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            namespace["__dataclass_dflt_%s__" % f.name] = f.default
            value = "__dataclass_dflt_%s__" % f.name
        else:
            continue
        if frozen:
            body.append("__dataclass_builtins_object__.__setattr__(self, %r, %s)" % (f.name, value))
        else:
            body.append("self.%s = %s" % (f.name, value))
    if has_post_init:
        initvars = ", ".join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append("self.__post_init__(%s)" % initvars)
    if not body:
        body = ["pass"]
    source = "def __init__(%s):\n    %s\n" % (", ".join(params), "\n    ".join(body))
    exec(source, namespace)
    return namespace["__init__"]


_repr_running = set()


def _repr_function(fields):
    names = [f.name for f in fields if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return "%s(%s)" % (
                getattr(type(self), "__qualname__", type(self).__name__),
                ", ".join("%s=%r" % (name, getattr(self, name)) for name in names),
            )
        finally:
            _repr_running.discard(key)

    return __repr__


def _tuple_of(names):
    def values(obj):
        return tuple(getattr(obj, name) for name in names)

    return values


def _eq_function(names):
    values = _tuple_of(names)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _order_function(op, names):
    values = _tuple_of(names)
    if op == "__lt__":
        def compare(a, b):
            return a < b
    elif op == "__le__":
        def compare(a, b):
            return a <= b
    elif op == "__gt__":
        def compare(a, b):
            return a > b
    else:
        def compare(a, b):
            return a >= b

    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(values(self), values(other))
        return NotImplemented

    return method


def _hash_function(names):
    values = _tuple_of(names)

    def __hash__(self):
        return hash(values(self))

    return __hash__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = _OrderedDict()
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for base in reversed(_mro(cls)[1:]):
        base_fields = getattr(base, _FIELDS, None) if base is not object else None
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            base_frozen = getattr(base, _PARAMS).frozen
            if all_frozen_bases is None:
                all_frozen_bases = True
            all_frozen_bases = all_frozen_bases and base_frozen
            any_frozen_base = any_frozen_base or base_frozen

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation):
            if kw_only_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % name)
            kw_only_seen = True
            kw_only_now = True
            continue
        own_fields.append(_get_field(cls, name, annotation, kw_only_now))
    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        init_fields = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
        std_fields = [f for f in init_fields if f.init and not f.kw_only]
        kw_only_fields = [f for f in init_fields if f.init and f.kw_only]
        init_fn = _init_function(cls, init_fields, std_fields, kw_only_fields, frozen, has_post_init)
        setattr(cls, "__init__", init_fn)

    if repr:
        _set_new_attribute(cls, "__repr__", _repr_function(field_list))

    compare_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _eq_function(compare_names))

    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for op in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, op, _order_function(op, compare_names)):
                raise TypeError(
                    "Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                    % (op, cls.__name__)
                )

    if frozen:
        names = tuple(f.name for f in field_list)
        for name, fn in (("__setattr__", _frozen_setattr(cls, names)), ("__delattr__", _frozen_delattr(cls, names))):
            if _set_new_attribute(cls, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s" % (name, cls.__name__))

    hash_names = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _hash_function(hash_names)
    elif eq and frozen and not has_explicit_hash:
        cls.__hash__ = _hash_function(hash_names)

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_fields_of(all_fields)))
    return cls


def std_fields_of(all_fields):
    return [f for f in all_fields.values()
            if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and not f.kw_only]


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and with order=True the comparisons, with frozen=True
    read-only fields and a __hash__) to a class, from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance, in order (no ClassVar or InitVar)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists,
    tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        if hasattr(type(obj), "default_factory"):
            result = type(obj)(obj.default_factory)
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        import copy

        return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    elif isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        import copy

        return copy.deepcopy(obj)


def replace(obj, **changes):
    """A new instance of obj's dataclass with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(
                    "field %s is declared with init=False, it cannot be specified with replace()" % f.name
                )
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Makes a dataclass named cls_name from fields: names, (name, type) or
    (name, type, Field) items."""
    namespace = {} if namespace is None else dict(namespace)
    annotations = _OrderedDict()
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str):
            raise TypeError("Field names must be strings: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    cls = type(cls_name, tuple(bases), namespace)
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only)
