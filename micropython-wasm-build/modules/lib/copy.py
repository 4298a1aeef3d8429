"""Shallow and deep copy operations: copy(x), deepcopy(x, memo).

Follows CPython 3's `copy`: built-in containers are copied by their constructors, classes
may define __copy__ and __deepcopy__(memo), and other instances are copied through their
__dict__ (a new instance made without calling __init__). deepcopy keeps a memo, so shared
references stay shared and cycles are reproduced. Left out: the pickle protocol
(__reduce_ex__, __getstate__/__setstate__ are used only when a class defines them, and
copyreg), copy.replace (3.13).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(len),
           type(Ellipsis), type(NotImplemented), frozenset)


def _is_atomic(x):
    if isinstance(x, _atomic) or type(x).__name__ == "function":
        return True
    # functions, classes, modules and other objects copied by reference
    t = type(x).__name__
    return t in ("function", "closure", "bound_method", "module", "generator", "property",
                 "code")


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple:
        return x
    if isinstance(x, tuple) and "__copy__" not in _class_dicts(cls):
        return _make_tuple(cls, list(x))
    if cls is list:
        return list(x)
    if cls is dict:
        return x.copy()
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: contained objects are copied too, shared ones once."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # a tuple that contains itself through a list was copied meanwhile
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is bytearray:
        y = bytearray(x)
    elif isinstance(x, tuple) and "__deepcopy__" not in _class_dicts(cls):
        y = _make_tuple(cls, [deepcopy(a, memo) for a in x])
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keeps x alive as long as memo: ids stay unique while the copy is made.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, deep):
    cls = type(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and cls.__dict__.get("__reduce_ex__") is None:
        reductor = None
    if reductor is not None:
        rv = reductor(x, 4)
        if isinstance(rv, tuple):
            return _from_reduce(x, rv, memo, deep)
    y = _new_instance(x, cls)
    if deep:
        memo[id(x)] = y
    state = None
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and "__getstate__" in _class_dicts(cls):
        state = getstate(x)
    else:
        try:
            state = x.__dict__
        except AttributeError:
            state = None
    if state is None:
        return y
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
    else:
        for key, value in state.items():
            object.__setattr__(y, key, value)
    return y


def _make_tuple(cls, items):
    # A tuple subclass (a namedtuple) with the given items.
    make = getattr(cls, "_make", None)
    if make is not None:
        return make(items)
    return cls(items)


def _class_dicts(cls):
    names = set()
    for klass in _mro(cls):
        if klass is not object:
            names.update(klass.__dict__)
    return names


def _mro(cls):
    from types import _mro

    return _mro(cls)


def _new_instance(x, cls):
    # A blank instance of cls; for subclasses of built-in containers, a copy of the contents.
    for base in _mro(cls):
        if base in (list, dict, set, bytearray, tuple, str, int, float, bytes, frozenset):
            if base is object:
                break
            y = cls.__new__(cls) if "__new__" in _class_dicts(cls) else object.__new__(cls)
            super(cls, y).__init__(base(x) if base in (list, dict, set, bytearray) else x)
            return y
    return object.__new__(cls)


def _from_reduce(x, rv, memo, deep):
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            for key, value in state.items():
                object.__setattr__(y, key, value)
    return y
