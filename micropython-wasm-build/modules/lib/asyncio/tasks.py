"""Tasks and the functions that schedule and combine them (CPython 3.11's asyncio.tasks)."""

__all__ = (
    "Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait",
    "wait_for", "as_completed", "sleep", "gather", "shield", "ensure_future", "current_task",
    "all_tasks", "_register_task", "_unregister_task", "_enter_task", "_leave_task",
)

from . import coroutines
from . import events
from . import exceptions
from . import futures

_task_name_count = 0


def _next_task_name():
    global _task_name_count
    _task_name_count += 1
    return "Task-%d" % _task_name_count


def current_task(loop=None):
    """Return the task being run by loop (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Return a set of the loop's tasks that are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks) if futures._get_loop(t) is loop and not t.done()}


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


class Task(futures.Future):
    """A coroutine wrapped in a Future: it runs as soon as the loop gets to it."""

    _log_destroy_pending = True
    _num_cancels_requested = 0
    _must_cancel = False
    _fut_waiter = None
    _context = None

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        if name is None:
            self._name = _next_task_name()
        else:
            self._name = str(name)
        self._coro = coro
        if context is not None:
            self._context = context
        self._loop.call_soon(self._step, context=context)
        _register_task(self)

    def __repr__(self):
        info = futures._future_repr_info(self)
        if self.cancelling() and not self.done():
            info[0] = "cancelling"
        info.insert(1, "name=%r" % (self.get_name(),))
        info.insert(2, "coro=<%s>" % coroutines._format_coroutine(self._coro))
        if self._fut_waiter is not None:
            info.insert(3, "wait_for=%r" % (self._fut_waiter,))
        return "<%s %s>" % (self.__class__.__name__, " ".join(info))

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def get_stack(self, *, limit=None):
        """Frames are not available on MicroPython: always an empty list."""
        return []

    def print_stack(self, *, limit=None, file=None):
        """Frames are not available on MicroPython: prints only the task."""
        import sys

        if file is None:
            file = sys.stderr
        print("No stack for %r" % (self,), file=file)

    def cancel(self, msg=None):
        """Request that the task cancel itself: CancelledError is thrown into the coroutine
        at its next step (the await it is suspended at). Returns False if already done."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # Leave self._fut_waiter: it may be a task that ignores the cancellation.
                return True
        # _step is already scheduled.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """Return the number of pending cancellation requests."""
        return self._num_cancels_requested

    def uncancel(self):
        """Decrement the number of cancellation requests and return it."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _schedule_callbacks(self):
        # The task is done: it no longer counts in all_tasks().
        _unregister_task(self)
        super()._schedule_callbacks()

    def _step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(
                "_step(): already done: %r, %r" % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None

        _enter_task(self._loop, self)
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # The task was cancelled right before the coroutine returned.
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, stop.value)
        except exceptions.CancelledError as cancelled:
            # Kept so that result() raises this same exception.
            self._cancelled_exc = cancelled
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            futures.Future.set_exception(self, error)
            raise
        except BaseException as error:
            futures.Future.set_exception(self, error)
        else:
            self._handle_yield(result)
        finally:
            _leave_task(self._loop, self)

    def _handle_yield(self, result):
        if result is None:
            # A bare yield gives way to the other ready callbacks for one loop iteration.
            self._loop.call_soon(self._step, context=self._context)
            return
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            # A yielded Future must come from Future.__await__().
            if futures._get_loop(result) is not self._loop:
                new_exc = RuntimeError("Task %r got Future %r attached to a different loop"
                                       % (self, result))
                self._loop.call_soon(self._step, new_exc, context=self._context)
            elif blocking:
                if result is self:
                    new_exc = RuntimeError("Task cannot await on itself: %r" % (self,))
                    self._loop.call_soon(self._step, new_exc, context=self._context)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup, context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                new_exc = RuntimeError("yield was used instead of yield from in task %r with %r"
                                       % (self, result))
                self._loop.call_soon(self._step, new_exc, context=self._context)
        elif isinstance(result, coroutines._GeneratorType):
            new_exc = RuntimeError("yield was used instead of yield from for generator "
                                   "in task %r with %r" % (self, result))
            self._loop.call_soon(self._step, new_exc, context=self._context)
        else:
            new_exc = RuntimeError("Task got bad yield: %r" % (result,))
            self._loop.call_soon(self._step, new_exc, context=self._context)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            # This may also be a cancellation.
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine on the running loop; return its Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def _type_name(obj):
    # A coroutine is a generator on MicroPython; name it as CPython names a coroutine.
    if coroutines.iscoroutine(obj):
        return "coroutine"
    return type(obj).__name__


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures or tasks in fs; return the sets (done, pending).
    Does not raise TimeoutError: what is not done at the timeout is in pending."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % _type_name(fs))
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: %s" % (return_when,))
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Wait for the awaitable with a timeout: on timeout cancel it and raise TimeoutError."""
    loop = events.get_running_loop()

    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(fut):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)

    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                # The task must not be running after wait_for() returns.
                await _cancel_and_wait(fut, loop=loop)
                raise

        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            # If cancelling failed with some exception, it is raised here.
            try:
                return fut.result()
            except exceptions.CancelledError as exc:
                raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and (not f.cancelled()
                                                       and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()

    def cb(fut):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        # Not awaiting fut itself keeps _cancel_and_wait() cancellable.
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """Return an iterator of awaitables that give the results of fs in the order they
    complete; awaiting one raises TimeoutError once the timeout has passed."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError("expect an iterable of futures, not %s" % _type_name(fs))

    from .queues import Queue

    done = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # A dummy value for _wait_for_one().
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() was here first.
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def _sleep0():
    # A bare yield: Task._step gives way for one loop iteration.
    yield


async def sleep(delay, result=None):
    """Suspend the task for delay seconds; return result."""
    if delay <= 0:
        await _sleep0()
        return result

    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """Return the future, or wrap a coroutine or awaitable in a Task."""
    return _ensure_future(coro_or_future, loop=loop)


def _isawaitable(obj):
    return hasattr(type(obj), "__await__")


def _ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError("The future belongs to a different loop than "
                             "the one specified as the loop argument")
        return coro_or_future
    called_wrap_awaitable = False
    if not coroutines.iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


class _GatheringFuture(futures.Future):
    """The future gather() returns: cancel() cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # Propagate the cancellation whatever return_exceptions is.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; the result is the list of their results, in the
    order given. Without return_exceptions the first exception is raised at once (the
    others keep running); with it, exceptions are returned in the list."""
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception retrieved.
                fut.exception()
            return

        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return

        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    res = exceptions.CancelledError(
                        "" if fut._cancel_message is None else fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)

            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            # The same awaitable given twice.
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Wait for the awaitable, shielding it from the cancellation of the awaiting task."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# The tasks not done yet, as a dict used as an ordered set (no weak references here: a
# task leaves it when it is done).
_all_tasks = {}

# The task each running loop is executing: {loop: task}.
_current_tasks = {}


def _register_task(task):
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError("Cannot enter into task %r while another task %r is being executed."
                           % (task, current))
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError("Leaving task %r does not match the current task %r."
                           % (task, current))
    del _current_tasks[loop]
