"""asyncio.Future, isfuture and helpers (CPython 3.11's asyncio.futures)."""

__all__ = ("Future", "isfuture", "wrap_future")

from . import events
from . import exceptions

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    """True for a Future, or an object advertising itself as one (_asyncio_future_blocking)."""
    return (hasattr(obj.__class__, "_asyncio_future_blocking")
            and obj._asyncio_future_blocking is not None)


# reprlib.repr's limits, used for results in reprs as CPython does.
def _short_repr(obj, level=6):
    kind = type(obj)
    if kind is str:
        text = repr(obj[:30])
        if len(text) > 30:
            text = repr(obj[:13] + obj[len(obj) - 14:])
            text = text[:13] + "..." + text[len(text) - 14:]
        return text
    if kind is int:
        text = repr(obj)
        if len(text) > 40:
            text = text[:18] + "..." + text[len(text) - 19:]
        return text
    if kind in (list, tuple, set, frozenset):
        if kind is set and not obj:
            return "set()"
        if kind is frozenset and not obj:
            return "frozenset()"
        left, right = {list: ("[", "]"), tuple: ("(", ")"), set: ("{", "}"),
                       frozenset: ("frozenset({", "})")}[kind]
        if level <= 0 and obj:
            return left + "..." + right
        items = list(obj)
        if kind in (set, frozenset):
            try:
                items.sort()
            except Exception:
                pass
        pieces = [_short_repr(item, level - 1) for item in items[:6]]
        if len(items) > 6:
            pieces.append("...")
        if kind is tuple and len(items) == 1:
            right = "," + right
        return left + ", ".join(pieces) + right
    if kind is dict:
        if not obj:
            return "{}"
        if level <= 0:
            return "{...}"
        keys = list(obj)
        try:
            keys.sort()
        except Exception:
            pass
        pieces = ["%s: %s" % (_short_repr(k, level - 1), _short_repr(obj[k], level - 1))
                  for k in keys[:4]]
        if len(keys) > 4:
            pieces.append("...")
        return "{%s}" % ", ".join(pieces)
    try:
        text = repr(obj)
    except Exception:
        return "<%s instance at %#x>" % (kind.__name__, id(obj))
    if len(text) > 30:
        text = text[:13] + "..." + text[len(text) - 14:]
    return text


def _future_repr_info(future):
    # CPython also lists the callbacks (cb=[f() at FILE:LINE]); left out here.
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append("exception=%r" % (future._exception,))
        else:
            info.append("result=%s" % _short_repr(future._result))
    return info


class Future:
    """A result that will be available later: awaiting it suspends the awaiting task until
    set_result(), set_exception() or cancel() is called. Not thread-safe; callbacks run
    through the loop's call_soon()."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # Marks the Future protocol; set to True by __await__ while a task waits on it.
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events._get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return "<%s %s>" % (self.__class__.__name__, " ".join(_future_repr_info(self)))

    def __class_getitem__(cls, item):
        from types import GenericAlias

        return GenericAlias(cls, item)

    def get_loop(self):
        """Return the event loop the Future is bound to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        self._cancelled_exc = None
        return exc

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if it is already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        """Return True if the future was cancelled."""
        return self._state == _CANCELLED

    def done(self):
        """Return True if the future has a result, an exception, or was cancelled."""
        return self._state != _PENDING

    def result(self):
        """Return the result, or raise the exception (CancelledError if cancelled,
        InvalidStateError if not done)."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError("Result is not set.")
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        """Return the exception set on the future, or None."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError("Exception is not set.")
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) through the loop once the future is done."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every fn from the callbacks; return how many were removed."""
        filtered = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed_count = len(self._callbacks) - len(filtered)
        if removed_count:
            self._callbacks[:] = filtered
        return removed_count

    def set_result(self, result):
        """Mark the future done with this result."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        """Mark the future done with this exception (a class is instantiated)."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError("invalid exception object")
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # This tells Task to wait for completion.
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()  # May raise too.

    # MicroPython's await takes iter() of the object, which is this.
    __iter__ = __await__


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(exception)
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    # Both are asyncio futures of the same loop here (no concurrent.futures).
    def _call_check_cancel(destination):
        if destination.cancelled():
            source.cancel()

    def _call_set_state(source):
        if destination.cancelled() and destination.get_loop().is_closed():
            return
        _copy_future_state(source, destination)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Return future if it is an asyncio Future (concurrent.futures is not available)."""
    if isfuture(future):
        return future
    raise AssertionError("concurrent.futures.Future is expected, got %r" % (future,))
