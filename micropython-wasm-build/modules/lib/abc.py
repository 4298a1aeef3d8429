"""Abstract base classes (PEP 3119): ABC, ABCMeta, abstractmethod.

Follows CPython 3's `abc`: a class with abstract methods cannot be instantiated (TypeError
with CPython's message), register() adds virtual subclasses, __subclasshook__ is honoured.
Left out: the C accelerator's internals (_abc_init, _get_dump, _reset_registry, ...).
MicroPython functions cannot carry attributes, so abstractmethod remembers the functions it
marks in a set when `__isabstractmethod__` cannot be set on them.
"""

# Functions marked abstract that cannot carry the __isabstractmethod__ attribute.
_abstract_functions = set()
# Bumped by every register(): cached isinstance/issubclass answers become stale.
_invalidation_counter = 0


def abstractmethod(funcobj):
    """Marks a method abstract: classes made by ABCMeta that keep it cannot be instantiated."""
    try:
        funcobj.__isabstractmethod__ = True
    except (AttributeError, TypeError):
        _abstract_functions.add(funcobj)
    return funcobj


_plain_values = (str, int, float, bool, tuple, frozenset, type(None))


def _function():
    pass


_FunctionType = type(_function)


def _is_abstract(value):
    if type(value) is _FunctionType:
        return getattr(value, "__isabstractmethod__", False) is True or value in _abstract_functions
    if isinstance(value, _plain_values):
        return False
    if getattr(value, "__isabstractmethod__", False) is True:
        return True
    try:
        if value in _abstract_functions:
            return True
    except TypeError:  # unhashable
        return False
    # property, classmethod and staticmethod wrapping an abstract function
    for attr in ("fget", "fset", "fdel", "__func__"):
        inner = getattr(value, attr, None)
        if inner is not None and inner is not value and _is_abstract(inner):
            return True
    return False


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod with abstractmethod."""

    def __init__(self, callable):
        abstractmethod(callable)
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod with abstractmethod."""

    def __init__(self, callable):
        abstractmethod(callable)
        super().__init__(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use property with abstractmethod."""
    if fget is not None:
        abstractmethod(fget)
    return property(fget, fset, fdel)


def _abstract_names(namespace, bases):
    # The abstract methods of a class about to be made from namespace and bases: its own, and
    # its bases' that it does not override.
    names = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            names.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if name in namespace:
                continue
            for b in bases:
                value = getattr(b, name, None)
                if value is not None:
                    break
            if _is_abstract(value):
                names.add(name)
    return frozenset(names)


class _AbcData:
    # What ABCMeta keeps for each class: virtual subclasses, ABC subclasses, cached answers.
    __slots__ = ("registry", "subclasses", "cache", "version")

    def __init__(self):
        self.registry = []
        self.subclasses = []
        self.cache = {}
        self.version = _invalidation_counter


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        namespace["__abstractmethods__"] = _abstract_names(namespace, bases)
        namespace["_abc_impl"] = data = _AbcData()
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        for base in bases:
            base_data = getattr(base, "_abc_impl", None)
            if base_data is not None and isinstance(base, ABCMeta):
                base_data.subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names))
            )
        return type.__call__(cls, *args, **kwargs)

    def register(cls, subclass):
        """Registers subclass as a virtual subclass of cls; returns it (usable as a decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = type(instance)
        if subclass is cls:
            return True
        return cls.__subclasscheck__(subclass)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        data = cls._abc_impl
        if data.version != _invalidation_counter:
            data.cache = {}
            data.version = _invalidation_counter
        cached = data.cache.get(subclass)
        if cached is not None:
            return cached
        result = _subclass_check(cls, subclass, data)
        data.cache[subclass] = result
        return result

    def _dump_registry(cls, file=None):
        print("Class: %s" % cls.__name__, file=file)


def _subclass_check(cls, subclass, data):
    hook = getattr(cls, "__subclasshook__", None)
    if hook is not None:
        ok = hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
    if type.__subclasscheck__(cls, subclass):
        return True
    for registered in data.registry:
        if issubclass(subclass, registered):
            return True
    for sub in data.subclasses:
        if issubclass(subclass, sub):
            return True
    return False


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered with any ABC."""
    return _invalidation_counter


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added to or removed from it."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    names = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: derive from it to get ABCMeta as metaclass."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
