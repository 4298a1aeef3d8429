"""Higher-order functions and operations on callables.

Follows CPython 3's `functools`: reduce, partial, partialmethod, lru_cache (maxsize,
typed, keyword arguments, cache_info, cache_clear, cache_parameters), cache, wraps,
update_wrapper, cmp_to_key, total_ordering, cached_property, singledispatch (register by
class, by annotation through typing.get_type_hints, dispatch along the argument's MRO),
singledispatchmethod.
MicroPython functions cannot carry attributes: update_wrapper/wraps set them when they can
(they can on the wrappers made here) and otherwise return a thin callable proxy that carries
__name__, __qualname__, __doc__, __module__, __wrapped__ and any other attribute, calls the
wrapper and binds as a method. Left out: the C-accelerated implementations, placeholder
arguments (3.14), singledispatch's ABC-based dispatch for unregistered virtual subclasses.
"""

from ucollections import namedtuple as _namedtuple

WRAPPER_ASSIGNMENTS = (
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
)
WRAPPER_UPDATES = ("__dict__",)

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing):
    """Applies function cumulatively to the items of iterable, from left to right."""
    it = iter(iterable)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class _Wrapped:
    # A callable standing in for a function that cannot take the copied attributes.
    def __init__(self, wrapper):
        object.__setattr__(self, "_wrapper_", wrapper)

    def __call__(self, *args, **kwargs):
        return self._wrapper_(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)

    def __repr__(self):
        return "<function %s at 0x%x>" % (getattr(self, "__qualname__", "?"), id(self))


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies its name, docstring, ... and sets __wrapped__.

    Returns wrapper, or on MicroPython, when wrapper is a plain function (which cannot take
    attributes), a callable proxy for it that carries them."""
    target = wrapper
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    # (a MicroPython closure ignores attribute stores without an error)
    if getattr(wrapper, "__wrapped__", None) is not wrapped:
        target = _Wrapped(wrapper)
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            if attr == "__qualname__":
                value = getattr(wrapped, "__name__", None)
                if value is None:
                    continue
            elif attr == "__doc__":
                value = None
            elif attr == "__module__" and hasattr(wrapped, "__globals__"):
                value = wrapped.__globals__.get("__name__")
            else:
                continue
        try:
            setattr(target, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        source = getattr(wrapped, attr, None)
        if source:
            for key, value in source.items():
                try:
                    setattr(target, key, value)
                except (AttributeError, TypeError):
                    pass
    try:
        target.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return target


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to the decorated function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class partial:
    """New function with partial application of the given arguments and keywords."""

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        if self.keywords:
            keywords = dict(self.keywords, **keywords)
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(parts)


class partialmethod:
    """Like partial, for methods: binds the instance first."""

    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


# lru_cache ---------------------------------------------------------------------------

_CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


_kwd_mark = (object(),)
_fasttypes = (int, str)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fasttypes:
        return key[0]
    return key


class _lru_cache_wrapper:
    # The callable lru_cache returns: cache_info(), cache_clear(), binds as a method.
    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        # circular doubly linked list of [prev, next, key, result], oldest after the root
        self._root = []
        self._root[:] = [self._root, self._root, None, None]
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            try:
                setattr(self, attr, getattr(user_function, attr))
            except AttributeError:
                pass
        if not hasattr(self, "__qualname__") and hasattr(self, "__name__"):
            self.__qualname__ = self.__name__

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if maxsize is None:
            if key in cache:
                self._hits += 1
                return cache[key]
            self._misses += 1
            result = self.__wrapped__(*args, **kwds)
            cache[key] = result
            return result
        link = cache.get(key)
        if link is not None:
            # move the entry to the most recently used end
            link_prev, link_next, _key, result = link
            link_prev[1] = link_next
            link_next[0] = link_prev
            root = self._root
            last = root[0]
            last[1] = root[0] = link
            link[0] = last
            link[1] = root
            self._hits += 1
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            # the call added this key already (recursion)
            return result
        root = self._root
        if len(cache) >= maxsize:
            # reuse the root as the new entry; the oldest entry becomes the root
            oldroot = root
            oldroot[2] = key
            oldroot[3] = result
            root = oldroot[1]
            oldkey = root[2]
            root[2] = root[3] = None
            del cache[oldkey]
            cache[key] = oldroot
            self._root = root
        else:
            last = root[0]
            link = [last, root, key, result]
            last[1] = root[0] = cache[key] = link
        return result

    def cache_info(self):
        """Reports cache statistics: hits, misses, maxsize, currsize."""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clears the cache and its statistics."""
        self._cache.clear()
        self._root[:] = [self._root, self._root, None, None]
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)

    def __repr__(self):
        return "<functools._lru_cache_wrapper object at 0x%x>" % id(self)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """Decorator memoising a function's results for up to maxsize argument combinations
    (None: no limit), evicting the least recently used."""
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    """Simple unbounded cache: lru_cache(maxsize=None)."""
    return _lru_cache_wrapper(user_function, None, False)


# cmp_to_key, total_ordering ------------------------------------------------------------


def cmp_to_key(mycmp):
    """Converts an old-style cmp= function into a key= function."""

    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_convert = {
    "__lt__": [("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)],
    "__le__": [("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)],
    "__gt__": [("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)],
    "__ge__": [("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)],
}


def _defines(cls, name):
    # Whether cls or a base other than object defines the method name.
    from types import _mro

    for klass in _mro(cls):
        if klass is not object and name in klass.__dict__:
            return klass.__dict__[name] is not None
    return False


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods from one of __lt__, __le__,
    __gt__ or __ge__ (and __eq__)."""
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__") if _defines(cls, op)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


# cached_property ------------------------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept as an ordinary attribute."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = None
        self.__module__ = getattr(func, "__module__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name)
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            name = self.attrname = self.func.__name__
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, name)
            )
            raise TypeError(msg) from None
        val = cache.get(name, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            setattr(instance, name, val)
        return val


# singledispatch --------------------------------------------------------------------------


def _find_impl(cls, registry):
    from types import _mro

    for klass in _mro(cls):
        if klass in registry:
            return registry[klass]
    # a virtual subclass of a registered ABC (collections.abc.Sequence, ...)
    match = None
    for klass in registry:
        if klass is not object and hasattr(type(klass), "__subclasscheck__") and issubclass(cls, klass):
            if match is None or issubclass(klass, match):
                match = klass
    return registry.get(match, registry[object]) if match is not None else registry.get(object)


class _SingleDispatch:
    # The generic function singledispatch returns.
    def __init__(self, func):
        self.registry = {object: func}
        self._cache = {}
        self.__wrapped__ = func
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            try:
                setattr(self, attr, getattr(func, attr))
            except AttributeError:
                pass

    def dispatch(self, cls):
        """The implementation singledispatch picks for the given class."""
        impl = self._cache.get(cls)
        if impl is None:
            impl = _find_impl(cls, self.registry)
            self._cache[cls] = impl
        return impl

    def register(self, cls, func=None):
        """Registers func for cls: register(cls, func), @register(cls), or @register on a
        function whose first parameter is annotated with the class."""
        if isinstance(cls, type) or _is_union(cls):
            if func is None:
                return lambda f: self.register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    "Invalid first argument to `register()`. %r is not a class or union type." % (cls,)
                )
            func = cls
            cls = self._annotated_class(func)
        for klass in (cls.__args__ if _is_union(cls) else (cls,)):
            self.registry[klass] = func
        self._cache.clear()
        return func

    def _annotated_class(self, func):
        annotations = getattr(func, "__annotations__", None)
        if not annotations:
            raise TypeError(
                "Invalid first argument to `register()`: %r. Use either `@register(some_class)` "
                "or plain `@register` on an annotated function." % (func,)
            )
        from typing import get_type_hints

        hints = [(name, tp) for name, tp in get_type_hints(func).items() if name != "return"]
        if not hints:
            raise TypeError(
                "Invalid first argument to `register()`: %r. Use either `@register(some_class)` "
                "or plain `@register` on an annotated function." % (func,)
            )
        argname, cls = hints[0]
        if not (isinstance(cls, type) or _is_union(cls)):
            raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
        return cls

    def __call__(self, *args, **kwargs):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % getattr(self, "__name__", "singledispatch function"))
        return self.dispatch(args[0].__class__)(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)


def _is_union(obj):
    return type(obj).__name__ in ("UnionType", "_UnionGenericAlias")


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is chosen by the
    class of the first argument (along its MRO)."""
    return _SingleDispatch(func)


class singledispatchmethod:
    """Single-dispatch generic method: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            if obj is None:
                return method(*args, **kwargs)
            return method(obj, *args, **kwargs)

        return _method
