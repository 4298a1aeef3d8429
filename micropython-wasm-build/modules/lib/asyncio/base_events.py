"""The event loop: ready callbacks run first in, first out; timers wait on a heap; with
nothing ready the loop sleeps (time.sleep) until the next timer is due."""

__all__ = ("BaseEventLoop", "SelectorEventLoop", "DefaultEventLoopPolicy")

import heapq
import sys
import time
from collections import deque

from . import coroutines
from . import events
from . import futures
from . import tasks

# Don't clean up the timer heap below this many timers, or when fewer than this fraction
# of them are cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # run_forever() has already stopped.
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):
    """An event loop without I/O: callbacks, timers, futures and tasks."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = deque()
        # A heap of (when, sequence number, TimerHandle): timers due at the same time run
        # in the order they were scheduled.
        self._scheduled = []
        self._timer_sequence = 0
        self._running = False
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return "<%s running=%s closed=%s debug=%s>" % (
            self.__class__.__name__, self.is_running(), self.is_closed(), self.get_debug())

    def create_future(self):
        """Create a Future attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object; return its Task."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        """Set the callable factory(loop, coro) that create_task() uses (None: Task)."""
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    async def shutdown_asyncgens(self):
        """Nothing to do: asynchronous generators are not tracked here."""
        self._asyncgens_shutdown_called = True

    async def shutdown_default_executor(self):
        """Nothing to do: run_in_executor() runs its function at once."""
        self._executor_shutdown_called = True

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if events._get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        try:
            self._running = True
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a Task) is done; return its
        result or raise its exception."""
        self._check_closed()
        self._check_running()

        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False

        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException: mark it retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        """Stop the loop after the callbacks already ready have run."""
        self._stopping = True

    def close(self):
        """Close the loop: pending callbacks are dropped. The loop must not be running."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        # Its pending tasks can never run again: forget them (CPython's registry holds
        # tasks weakly; this one would keep them forever).
        for task in [t for t in tasks._all_tasks if futures._get_loop(t) is self]:
            tasks._unregister_task(task)

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) after delay seconds; return a TimerHandle."""
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Call callback(*args) at the loop time when; return a TimerHandle."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_callback(callback, "call_at")
        timer = events.TimerHandle(when, callback, args, self, context)
        self._timer_sequence += 1
        heapq.heappush(self._scheduled, (when, self._timer_sequence, timer))
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) at the next loop iteration, after those already ready
        (first in, first out); return a Handle."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, "call_soon")
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with %s()" % method)
        if not callable(callback):
            raise TypeError("a callable object was expected by %s(), got %r"
                            % (method, callback))

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Same as call_soon() (there is one thread)."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, "call_soon_threadsafe")
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def run_in_executor(self, executor, func, *args):
        """No threads: func(*args) runs now, and the returned future holds its outcome."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, "run_in_executor")
        future = self.create_future()
        try:
            result = func(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def set_default_executor(self, executor):
        raise TypeError("executor must be ThreadPoolExecutor instance")

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Set handler(loop, context) for errors in callbacks (None: the default one)."""
        if handler is not None and not callable(handler):
            raise TypeError("A callable object or None is expected, got %r" % (handler,))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Write the context's message and exception to sys.stderr (CPython logs them)."""
        message = context.get("message")
        if not message:
            message = "Unhandled exception in event loop"
        log_lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            log_lines.append("%s: %r" % (key, context[key]))
        print("\n".join(log_lines), file=sys.stderr)
        exception = context.get("exception")
        if exception is not None:
            print_exception = getattr(sys, "print_exception", None)
            if print_exception is not None:
                print_exception(exception, sys.stderr)
            else:
                print("%s: %s" % (type(exception).__name__, exception), file=sys.stderr)

    def call_exception_handler(self, context):
        """Call the exception handler set, or the default one, with context (a dict with
        'message' and maybe 'exception', 'future', 'task', 'handle')."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        "message": "Unhandled error in exception handler",
                        "exception": exc,
                        "context": context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        # One iteration: wait for the first timer if nothing is ready, move the timers
        # that are due to the ready queue, then run the callbacks ready at this point
        # (those they schedule run at the next iteration).
        scheduled = self._scheduled
        sched_count = len(scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and self._timer_cancelled_count
                / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for entry in scheduled:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    kept.append(entry)
            heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                entry = heapq.heappop(scheduled)
                entry[2]._scheduled = False

        if not self._ready and not self._stopping:
            if not scheduled:
                # CPython would wait forever for I/O that cannot come here.
                raise RuntimeError("Event loop has nothing to run: every task waits for "
                                   "something that will never happen (deadlock)")
            timeout = min(max(0, scheduled[0][0] - self.time()), MAXIMUM_SELECT_TIMEOUT)
            if timeout > 0:
                time.sleep(timeout)

        if scheduled:
            end_time = self.time() + self._clock_resolution
            while scheduled:
                if scheduled[0][0] >= end_time:
                    break
                handle = heapq.heappop(scheduled)[2]
                handle._scheduled = False
                self._ready.append(handle)

        ready = self._ready
        ntodo = len(ready)
        for i in range(ntodo):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._run()
            finally:
                self._current_handle = None

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop new_event_loop() makes (named as CPython's on Linux)."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
