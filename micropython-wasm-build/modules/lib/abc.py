"""Abstract base classes (PEP 3119): ABC, ABCMeta, abstractmethod.

Follows CPython 3's `abc`: a class with abstract methods cannot be instantiated (TypeError
with CPython's message), register() adds virtual subclasses, __subclasshook__ is honoured.
Left out: the C accelerator's internals (_abc_init, _get_dump, _reset_registry, ...).
Differs: __abstractmethods__ is worked out when first needed (the first instantiation or
read), from the class as it is then, not when the class is made: a method added to a class
before that counts without update_abstractmethods(). This keeps making an ABC cheap
(collections.abc makes 20 of them on import).
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


# Types whose values are never abstract: a class body's __module__, __qualname__, __doc__,
# __slots__ and constants are skipped without a call.
_never_abstract = {str, int, float, bool, tuple, frozenset, type(None)}


def _function():
    pass


_FunctionType = type(_function)


def _is_abstract(value):
    t = type(value)
    if t is _FunctionType:
        return getattr(value, "__isabstractmethod__", False) is True or value in _abstract_functions
    if t in _never_abstract:
        return False
    if t is classmethod or t is staticmethod:
        return _is_abstract(value.__func__)
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


def _compute_abstracts(cls):
    # The abstract methods of cls: its own, and its bases' that it does not override.
    names = set()
    for name, value in cls.__dict__.items():
        if type(value) not in _never_abstract and _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in _abstracts(base):
            if name not in names and _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def _abstracts(cls):
    # cls.__abstractmethods__: set by hand or by update_abstractmethods, else computed on first
    # use and kept in the class's _AbcData; () for a class that ABCMeta did not make.
    own = cls.__dict__.get("__abstractmethods__")
    if own is not None:
        return own
    data = cls.__dict__.get("_abc_impl")
    if type(data) is not _AbcData:
        return ()
    if data.abstracts is None:
        data.abstracts = _compute_abstracts(cls)
    return data.abstracts


class _AbcData:
    # What ABCMeta keeps for each class: virtual subclasses, ABC subclasses, cached answers,
    # the abstract method names (None until first asked for).
    __slots__ = ("registry", "subclasses", "cache", "version", "abstracts")

    def __init__(self):
        self.registry = []
        self.subclasses = []
        self.cache = {}
        self.version = _invalidation_counter
        self.abstracts = None


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    # type.__new__ makes the class (no __new__ here: that saves a call through super() for
    # every ABC); __init__ gives it its registry and tells its ABC bases about it.
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        cls._abc_impl = _AbcData()
        for base in bases:
            base_data = base.__dict__.get("_abc_impl")
            if base_data is not None:
                base_data.subclasses.append(cls)

    @property
    def __abstractmethods__(cls):
        """The names of the class's abstract methods (a frozenset)."""
        return _abstracts(cls)

    def __call__(cls, *args, **kwargs):
        abstracts = _abstracts(cls)
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
    data = cls.__dict__.get("_abc_impl")
    if type(data) is not _AbcData:
        if "__abstractmethods__" not in cls.__dict__:
            return cls
        data = None
    names = _compute_abstracts(cls)
    if data is not None:
        data.abstracts = names
    if data is None or "__abstractmethods__" in cls.__dict__:
        cls.__abstractmethods__ = names
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: derive from it to get ABCMeta as metaclass."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
