"""The loop binding of locks and queues."""

from . import events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError("%r is bound to a different event loop" % (self,))
        return loop


def _object_repr(obj):
    # object.__repr__, which MicroPython does not expose.
    cls = type(obj)
    return "<%s.%s object at %#x>" % (getattr(cls, "__module__", "asyncio"), cls.__name__,
                                       id(obj))
