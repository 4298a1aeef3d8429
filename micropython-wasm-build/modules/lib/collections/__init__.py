"""Container datatypes: namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap,
UserDict, UserList, UserString; the abstract base classes are in collections.abc.

Completes MicroPython's built-in collections (deque and OrderedDict, in C, as the built-in
gives them) with CPython 3's namedtuple (defaults, rename, _fields, _field_defaults, _make,
_replace, _asdict), defaultdict, Counter (most_common, elements, update, subtract, total,
+ - & | and unary + -, the comparisons), ChainMap, UserDict, UserList and UserString
(loaded on first use). Orders that CPython takes from a dict's insertion order (Counter's
ties, _asdict) follow the interpreter's dict order. Left out: the pure-Python OrderedDict's
extra methods where the built-in lacks them, namedtuple's module argument.
"""

import sys as _sys
from ucollections import OrderedDict, deque

__all__ = [
    "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
    "defaultdict", "deque", "namedtuple",
]

_keywords = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
))


def _isidentifier(name):
    if not name or not (name[0].isalpha() or name[0] == "_"):
        return False
    for ch in name:
        if not (ch.isalpha() or ch.isdigit() or ch == "_"):
            return False
    return True


def _field_getter(index):
    return property(lambda self: self[index])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A subclass of tuple with named fields: Point = namedtuple('Point', ['x', 'y'])."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not _isidentifier(name) or name in _keywords or name.startswith("_")
                    or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not _isidentifier(name):
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if name in _keywords:
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)

    field_names = tuple(field_names)
    num_fields = len(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(field_names[-len(defaults):], defaults))
    arg_list = ", ".join(field_names)

    def __init__(self, *args, **kwargs):
        if len(args) > num_fields:
            raise TypeError(
                "%s.__new__() takes %d positional argument%s but %d were given"
                % (typename, num_fields + 1, "" if num_fields == 0 else "s", len(args) + 1)
            )
        for name in kwargs:
            if name not in field_names:
                raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, name))
            if field_names.index(name) < len(args):
                raise TypeError("%s.__new__() got multiple values for argument '%s'" % (typename, name))
        values = list(args)
        for name in field_names[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in field_names[len(values):] if n not in kwargs and n not in field_defaults]
                raise TypeError(
                    "%s.__new__() missing %d required positional argument%s: %s"
                    % (typename, len(missing), "" if len(missing) == 1 else "s", _quote_list(missing))
                )
        super(cls, self).__init__(values)

    @classmethod
    def _make(klass, iterable):
        values = tuple(iterable)
        if len(values) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(values)))
        return klass(*values)

    def _replace(self, **kwds):
        values = [kwds.pop(name) if name in kwds else value for name, value in zip(field_names, self)]
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return self._make(values)

    def __repr__(self):
        return "%s(%s)" % (
            type(self).__name__,
            ", ".join("%s=%r" % (name, value) for name, value in zip(field_names, self)),
        )

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__init__": __init__,
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__match_args__": field_names,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "__str__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _field_getter(index)
    cls = type(typename, (tuple,), namespace)
    if module is None:
        module = "__main__"
    cls.__module__ = module
    cls.__qualname__ = typename
    return cls


def _quote_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


_MISSING = object()


class defaultdict(dict):
    """dict subclass that calls default_factory() to supply missing values."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __getitem__(self, key):
        value = self.get(key, _MISSING)
        if value is _MISSING:
            return self.__missing__(key)
        return value

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        factory_repr = "None" if factory is None else _class_repr(factory)
        return "%s(%s, %r)" % (type(self).__name__, factory_repr, dict(self.items()))

    __str__ = __repr__

    def copy(self):
        return type(self)(self.default_factory, self.items())

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new


def _class_repr(obj):
    if isinstance(obj, type):
        return "<class '%s'>" % obj.__name__
    return repr(obj)


class Counter(dict):
    """dict subclass counting hashable items: Counter('hello') -> {'l': 2, 'h': 1, ...}."""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError("expected at most 1 argument, got %d" % len(args))
        super().__init__()
        self.update(*args, **kwds)

    def __getitem__(self, key):
        return self.get(key, 0)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements and their counts, most common first (ties in the
        order the counter holds them)."""
        decorated = [(-count, index, elem) for index, (elem, count) in enumerate(self.items())]
        decorated.sort()
        if n is not None:
            decorated = decorated[:max(n, 0)]
        return [(elem, -count) for count, index, elem in decorated]

    def elements(self):
        """Each element repeated as many times as its count (counts below one are skipped)."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
        )

    def update(self, *args, **kwds):
        """Adds counts from an iterable of elements or from a mapping of counts."""
        if len(args) > 1:
            raise TypeError("expected at most 1 argument, got %d" % len(args))
        iterable = args[0] if args else None
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, "keys") and hasattr(iterable, "__getitem__"):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem]
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, *args, **kwds):
        """Subtracts counts; counts may become zero or negative."""
        if len(args) > 1:
            raise TypeError("expected at most 1 argument, got %d" % len(args))
        iterable = args[0] if args else None
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict) or hasattr(iterable, "keys"):
                for elem in iterable.keys():
                    self[elem] = get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (dict(self.items()),)

    def __delitem__(self, elem):
        if elem in self:
            self.pop(elem)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        try:
            items = ", ".join("%r: %r" % pair for pair in self.most_common())
            return "%s({%s})" % (type(self).__name__, items)
        except TypeError:
            return "%s(%r)" % (type(self).__name__, dict(self.items()))

    __str__ = __repr__

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


_lazy = {
    "ChainMap": "collections._user",
    "UserDict": "collections._user",
    "UserList": "collections._user",
    "UserString": "collections._user",
}


def __getattr__(name):
    # ChainMap and the User* classes need collections.abc: loaded on first use.
    if name == "abc":
        import collections.abc

        return _sys.modules["collections.abc"]
    module = _lazy.get(name)
    if module is None:
        raise AttributeError("module 'collections' has no attribute '%s'" % name)
    __import__(module)
    value = getattr(_sys.modules[module], name)
    globals()[name] = value
    return value
