"""iscoroutine and iscoroutinefunction.

MicroPython makes a coroutine object with the same type as a generator, and an `async def`
function with the same type as a generator function, so the two cannot be told apart:
iscoroutine() is True for generators (as in CPython), iscoroutinefunction() is True for
generator functions too (CPython says False).
"""

__all__ = ("iscoroutinefunction", "iscoroutine")

# A marker for iscoroutinefunction (a function with _is_coroutine set to it counts).
_is_coroutine = object()


def _gen():
    yield


_GeneratorType = type(_gen())
_GeneratorFunctionType = type(_gen)
del _gen


def iscoroutine(obj):
    """Return True if obj is a coroutine object (a generator object on MicroPython)."""
    return isinstance(obj, _GeneratorType)


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (async def, or a generator function)."""
    if getattr(func, "_is_coroutine", None) is _is_coroutine:
        return True
    partial = _partial_type()
    while partial is not None and isinstance(func, partial):
        func = func.func
    if isinstance(func, _GeneratorFunctionType):
        return True
    # Bound methods and closures hide their function on MicroPython, but their repr shows
    # it: a generator function prints as <generator>.
    name = type(func).__name__
    if name == "bound_method":
        return repr(func).endswith(".<generator>>")
    if name == "closure":
        return repr(func).startswith("<closure <generator>")
    return False


def _partial_type():
    try:
        from functools import partial
    except ImportError:
        return None
    return partial


def _coroutine_name(coro):
    # A MicroPython generator prints as <generator object 'name' at 0x...>.
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None)
    if name:
        return name
    text = repr(coro)
    start = text.find("'")
    end = text.find("'", start + 1)
    if start >= 0 and end > start:
        return text[start + 1:end]
    return "<%s without __name__>" % type(coro).__name__


def _format_coroutine(coro):
    # CPython adds "running at FILE:LINE" or "done, defined at FILE:LINE", which needs
    # code and frame objects that MicroPython does not have.
    return "%s()" % _coroutine_name(coro)
