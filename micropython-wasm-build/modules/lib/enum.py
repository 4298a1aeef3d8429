"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

Follows CPython 3.11's `enum` for the common API: members in definition order, lookup by
value (`Color(1)`, `_missing_`) and by name (`Color["RED"]`), iteration, len, `in`,
`__members__`, aliases, name/value, repr/str/format as in 3.11, auto(), unique, the
functional API (`Enum("Animal", "ANT BEE")`), Flag/IntFlag bitwise operations with pseudo
members, the STRICT/CONFORM/EJECT/KEEP boundaries.
Left out: __prepare__ and _EnumDict (the class namespace is insertion-ordered), pickling
support beyond __reduce_ex__, global_enum, verify/EnumCheck, show_flag_values,
_simple_enum, a custom __new__ calling int.__new__/str.__new__ (MicroPython has none; use a
plain Enum or set _value_ in __init__), members named `name` or `value`.
"""

import types as _types
from ucollections import OrderedDict as _OrderedDict

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
    "auto", "unique", "property", "member", "nonmember", "FlagBoundary",
    "STRICT", "CONFORM", "EJECT", "KEEP",
]

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value

    # MicroPython has no __prepare__: in the class body an auto() is still an auto, so
    # `AB = A | B` is kept as an expression and worked out when the members are made.
    def __or__(self, other):
        return _AutoExpression(lambda a, b: a | b, self, other)

    def __and__(self, other):
        return _AutoExpression(lambda a, b: a & b, self, other)

    def __xor__(self, other):
        return _AutoExpression(lambda a, b: a ^ b, self, other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class _AutoExpression(auto):
    def __init__(self, operation, left, right):
        super().__init__()
        self.operation = operation
        self.operands = (left, right)

    def resolve(self):
        values = []
        for operand in self.operands:
            if isinstance(operand, _AutoExpression):
                operand = operand.resolve()
            elif isinstance(operand, auto):
                operand = operand.value
            values.append(operand)
        return self.operation(values[0], values[1])


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


property = property  # enum.property: a plain property here


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % cls_name.lstrip("_")
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


_NOT_MEMBERS = (_types.FunctionType, classmethod, staticmethod, property)


def _is_descriptor(obj):
    if isinstance(obj, (int, str, float, tuple, bytes, frozenset, type(None))):
        return False
    return (
        isinstance(obj, (_types.FunctionType, classmethod, staticmethod, type))
        or type(obj).__name__ == "property"
        or hasattr(obj, "__get__")
        or hasattr(obj, "__set__")
        or hasattr(obj, "__delete__")
    )


def _bit_length(n):
    length = 0
    while n:
        n >>= 1
        length += 1
    return length


class FlagBoundary:
    """What a Flag does with bits that belong to no member."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<FlagBoundary.%s: %r>" % (self.name, self.name.lower())


STRICT = FlagBoundary("STRICT")
CONFORM = FlagBoundary("CONFORM")
EJECT = FlagBoundary("EJECT")
KEEP = FlagBoundary("KEEP")

Enum = None
ReprEnum = None


def _is_flag_class(cls):
    # Flag is made on first use (see _make_lazy_enums): before that, no class is a Flag.
    flag = globals().get("Flag")
    return flag is not None and issubclass(cls, flag)


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, boundary=None, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        members = []
        for key in list(classdict):
            value = classdict[key]
            if type(value) in _NOT_MEMBERS:
                continue  # methods, classmethods, staticmethods and properties
            if key in ignore or key == "_ignore_":
                del classdict[key]
                continue
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            members.append((key, value))
            del classdict[key]
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        new_member = classdict.pop("__new__", None)
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        classdict["_new_member_"] = new_member
        classdict["_member_names_"] = []
        classdict["_member_map_"] = _OrderedDict()
        classdict["_value2member_map_"] = {}
        classdict["_unhashable_values_"] = []
        classdict["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        if boundary is None:
            boundary = getattr(first_enum, "_boundary_", None)
        type.__setattr__(enum_class, "_boundary_", boundary)
        if member_type is not object:
            metacls._keep_enum_methods_(enum_class, classdict)
        if _is_flag_class(enum_class):
            type.__setattr__(enum_class, "_flag_mask_", 0)
            type.__setattr__(enum_class, "_all_bits_", 0)
        last_values = []
        for name, value in members:
            if isinstance(value, _AutoExpression):
                value = value.resolve()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(last_values), last_values[:]
                    )
                value = value.value
            metacls._add_member_(enum_class, name, value)
            last_values.append(value)
        if _is_flag_class(enum_class):
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            type.__setattr__(enum_class, "_flag_mask_", mask)
            type.__setattr__(enum_class, "_all_bits_", 2 ** _bit_length(mask) - 1)
        return enum_class

    # With a data type mixed in (int, str, ...), MicroPython finds the data type's methods
    # first (its special methods are slots), and its depth-first lookup can find Enum's
    # before Flag's: the methods CPython's MRO gives are copied onto the class (as CPython
    # 3.11 itself does for repr, str and format).
    _enum_methods_ = (
        "__repr__", "__str__", "__format__", "__reduce_ex__", "__or__", "__and__", "__xor__",
        "__ror__", "__rand__", "__rxor__", "__invert__", "__contains__", "__iter__", "__len__",
        "__bool__", "_missing_", "_generate_next_value_", "_other_value",
    )

    @staticmethod
    def _keep_enum_methods_(enum_class, classdict):
        dicts = [c.__dict__ for c in _types._mro(enum_class) if isinstance(c, EnumType)]
        for name in EnumType._enum_methods_:
            if name in classdict:
                continue
            for namespace in dicts:
                method = namespace.get(name)
                if method is not None:
                    type.__setattr__(enum_class, name, method)
                    break

    @staticmethod
    def _add_member_(enum_class, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = enum_class._member_type_
        if member_type is tuple:
            args = (args,)
        if enum_class._new_member_ is not None:
            enum_member = enum_class._new_member_(enum_class, *args)
            if not hasattr(enum_member, "_value_"):
                enum_member._value_ = value if member_type is object else member_type(*args)
        else:
            enum_member = object.__new__(enum_class)
            if member_type is not object:
                super(enum_class, enum_member).__init__(*args)
                enum_member._value_ = member_type(*args)
            else:
                enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member._sort_order_ = len(enum_class._member_names_)
        enum_member.__init__(*args)
        canonical = None
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                canonical = existing
                break
        if canonical is not None:
            enum_member = canonical
        elif _is_flag_class(enum_class) and not _is_single_bit(value):
            pass  # a multi-bit member: an alias for iteration, a member for lookups
        else:
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = enum_member
        try:
            if value not in enum_class._value2member_map_:
                enum_class._value2member_map_[value] = enum_member
        except TypeError:
            enum_class._unhashable_values_.append(value)
        type.__setattr__(enum_class, name, enum_member)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases or Enum is None:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for base in bases:
            for c in _types._mro(base):
                if c is object:
                    continue
                if isinstance(c, EnumType):
                    if c._member_type_ is not object:
                        member_type = c._member_type_
                        break
                    continue
                member_type = c
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError(
            "error in %s._missing_: returned %r instead of None or a valid member"
            % (cls.__name__, result)
        )

    def _create_(cls, class_name, names, *, module=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        ordered = []
        items = names.items() if hasattr(names, "items") else names
        for item in items:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            ordered.append((name, value))
        enum_class = EnumType.__new__(EnumType, class_name, bases, _ordered_namespace(ordered), boundary=boundary)
        if module is not None:
            enum_class.__module__ = module
        return enum_class

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(value).__qualname__ if hasattr(type(value), "__qualname__") else type(value).__name__,
                   "EnumType")
            )
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        type.__delattr__(cls, attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if _is_flag_class(cls):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % name)
        type.__setattr__(cls, name, value)


EnumMeta = EnumType


def _ordered_namespace(items):
    # A namespace for EnumType.__new__ that keeps the members' order.
    namespace = _OrderedDict()
    for name, value in items:
        namespace[name] = value
    return namespace


def _is_single_bit(value):
    return value != 0 and (value & (value - 1)) == 0


class Enum(metaclass=EnumType):
    """Base class for enumerations: members are instances, looked up by value or by name."""

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _generate_next_value_(cls, name, start, count, last_values):
        if not last_values:
            return start
        try:
            return max(last_values) + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return ("{:" + format_spec + "}").format(str(self))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        return sorted(names + [n for n in type(self).__dict__ if not n.startswith("_")])

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return ("{:" + format_spec + "}").format(self._value_)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


def _flag_iter(cls, value):
    # The canonical (single-bit) members in value, in definition order.
    for name in cls._member_names_:
        m = cls._member_map_[name]
        if m._value_ & value == m._value_ and m._value_:
            yield m


def _bin(num, width):
    digits = ""
    for i in range(width):
        digits = ("1" if (num >> i) & 1 else "0") + digits
    return "0b0 " + digits


# StrEnum, Flag and IntFlag are made on first use: each enum class costs a metaclass call at
# import, and most code needs only Enum and IntEnum.
_LAZY = ("StrEnum", "Flag", "IntFlag")


def _make_lazy_enums():
    class StrEnum(str, ReprEnum):
        """Enum where members are also (and must be) strings."""

        @classmethod
        def _generate_next_value_(cls, name, start, count, last_values):
            return name.lower()

    class Flag(Enum, boundary=STRICT):
        """Support for flags: members combine with |, &, ^ and ~."""

        @classmethod
        def _generate_next_value_(cls, name, start, count, last_values):
            if not count:
                return start if start is not None else 1
            high = max(last_values) if last_values else 0
            return 2 ** _bit_length(high)

        @classmethod
        def _missing_(cls, value):
            if not isinstance(value, int):
                raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            flag_mask = cls._flag_mask_
            all_bits = cls._all_bits_
            neg_value = None
            if value < 0:
                neg_value = value
                value = all_bits + 1 + value
            if value & ~flag_mask:
                boundary = cls._boundary_
                if boundary is STRICT:
                    width = max(_bit_length(value), _bit_length(flag_mask))
                    raise ValueError(
                        "%r invalid value %r\n    given %s\n  allowed %s"
                        % (cls, neg_value if neg_value is not None else value,
                           _bin(value, width), _bin(flag_mask, width))
                    )
                elif boundary is CONFORM:
                    value = value & flag_mask
                elif boundary is EJECT:
                    return value
            pseudo = cls._value2member_map_.get(value)
            if pseudo is not None:
                return pseudo
            pseudo = object.__new__(cls)
            if cls._member_type_ is not object:
                super(cls, pseudo).__init__(value)
            pseudo._value_ = value
            names = [m._name_ for m in _flag_iter(cls, value)]
            extra = value & ~flag_mask
            if extra:
                names.append(hex(extra) if cls._member_type_ is object else str(extra))
            pseudo._name_ = "|".join(names) if names else None
            pseudo._sort_order_ = -1
            cls._value2member_map_[value] = pseudo
            return pseudo

        def __repr__(self):
            cls_name = type(self).__name__
            if self._name_ is None:
                return "<%s: %r>" % (cls_name, self._value_)
            return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

        def __str__(self):
            cls_name = type(self).__name__
            if self._name_ is None:
                return "%s(%r)" % (cls_name, self._value_)
            return "%s.%s" % (cls_name, self._name_)

        def __bool__(self):
            return bool(self._value_)

        def __contains__(self, other):
            if not isinstance(other, type(self)):
                raise TypeError(
                    "unsupported operand type(s) for 'in': %r and %r"
                    % (type(other).__qualname__, type(self).__qualname__)
                )
            return other._value_ & self._value_ == other._value_

        def __iter__(self):
            return _flag_iter(type(self), self._value_)

        def __len__(self):
            return bin(self._value_).count("1")

        def _other_value(self, other):
            if isinstance(other, type(self)):
                return other._value_
            if self._member_type_ is not object and isinstance(other, self._member_type_):
                return other
            return NotImplemented

        def __or__(self, other):
            value = self._other_value(other)
            if value is NotImplemented:
                return NotImplemented
            return type(self)(self._value_ | value)

        def __and__(self, other):
            value = self._other_value(other)
            if value is NotImplemented:
                return NotImplemented
            return type(self)(self._value_ & value)

        def __xor__(self, other):
            value = self._other_value(other)
            if value is NotImplemented:
                return NotImplemented
            return type(self)(self._value_ ^ value)

        def __invert__(self):
            cls = type(self)
            if cls._member_type_ is object or cls._boundary_ is not KEEP:
                return cls(cls._flag_mask_ & ~self._value_)
            return cls(~self._value_)

        __ror__ = __or__
        __rand__ = __and__
        __rxor__ = __xor__

    globals()["Flag"] = Flag

    class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
        """Support for integer-based flags."""

        def __str__(self):
            return str(self._value_)

        def __repr__(self):
            return Flag.__repr__(self)

    return {"StrEnum": StrEnum, "Flag": Flag, "IntFlag": IntFlag}


def __getattr__(name):
    if name in _LAZY:
        classes = _make_lazy_enums()
        globals().update(classes)
        return classes[name]
    raise AttributeError("module 'enum' has no attribute '%s'" % name)


def unique(enumeration):
    """Class decorator: raises ValueError if an enumeration has aliases (duplicate values)."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
