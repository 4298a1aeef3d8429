"""asyncio.timeout, timeout_at and Timeout (CPython 3.11's asyncio.timeouts)."""

__all__ = ("Timeout", "timeout", "timeout_at")

from . import events
from . import exceptions
from . import tasks

_CREATED = "created"
_ENTERED = "active"
_EXPIRING = "expiring"
_EXPIRED = "expired"
_EXITED = "finished"


class Timeout:
    """Asynchronous context manager that cancels the enclosing task at a deadline and
    turns that cancellation into TimeoutError. Use timeout() or timeout_at()."""

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """Return the current deadline."""
        return self._when

    def reschedule(self, when):
        """Reschedule the timeout (None: no deadline)."""
        if self._state != _ENTERED:
            if self._state == _CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError("Cannot change state of %s Timeout" % self._state)

        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Did the timeout expire during execution?"""
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        info = [""]
        if self._state == _ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append("when=%s" % (when,))
        return "<Timeout [%s]%s>" % (self._state, " ".join(info))

    async def __aenter__(self):
        if self._state != _CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _ENTERED
        self._task = task
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None

        if self._state == _EXPIRING:
            self._state = _EXPIRED
            if (self._task.uncancel() <= self._cancelling
                    and exc_type is exceptions.CancelledError):
                # Our own cancellation: it becomes TimeoutError.
                raise TimeoutError from exc_val
        elif self._state == _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """Timeout context manager: `async with asyncio.timeout(10): ...` raises TimeoutError
    if the block takes more than 10 seconds (None: no limit)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Like timeout(), with a deadline in the loop's time() clock."""
    return Timeout(when)
