"""asyncio: CPython 3.11's asyncio for one thread without I/O.

Provides run and Runner; Future, Task, create_task, current_task, all_tasks,
ensure_future, sleep, gather, wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
timeout), wait_for, as_completed, shield, timeout, timeout_at, Timeout, TaskGroup; Lock,
Event, Condition, Semaphore, BoundedSemaphore, Barrier; Queue, LifoQueue, PriorityQueue,
QueueEmpty, QueueFull; CancelledError, InvalidStateError, TimeoutError (the built-in one,
as in 3.11), BrokenBarrierError, IncompleteReadError, LimitOverrunError,
SendfileNotAvailableError; get_event_loop, set_event_loop, new_event_loop,
get_running_loop, the event loop policy functions; the loop's run_until_complete,
run_forever, stop, close, call_soon, call_later, call_at, time, create_future,
create_task, task factory, exception handler and debug flag; Handle, TimerHandle;
iscoroutine, iscoroutinefunction, isfuture, to_thread. Tasks are stepped as CPython steps
them and ready callbacks run first in, first out, so events happen in CPython's order.
Timers really wait: with nothing ready the loop calls time.sleep() until the next one.
TaskGroup raises the built-in ExceptionGroup (BaseExceptionGroup), as CPython does.

Differs: there are no threads, so to_thread() and loop.run_in_executor() run the function
at once in the calling task, blocking the loop. When every task waits and no timer is
pending, CPython would wait forever; here the loop raises RuntimeError ("Event loop has
nothing to run ... (deadlock)"). MicroPython's coroutines are generators: iscoroutine()
is True for generators (as in CPython), iscoroutinefunction() for generator functions too
(not in CPython); `await obj` takes iter(obj), so an awaitable class needs __iter__ as
well as __await__ (Future and Task have both; ensure_future, gather and wait_for accept an
object with only __await__). Reprs of tasks and handles name the coroutine or callback by
its __name__, without "running at FILE:LINE" or "done, defined at FILE:LINE", and futures
do not list their callbacks (cb=[...]). Nothing is logged when a task's exception is never
retrieved ("Task exception was never retrieved", which CPython logs when the task is
garbage collected) or a pending task is destroyed; errors in callbacks are written to
sys.stderr, not through logging. Closing a loop forgets its pending tasks (all_tasks(loop)
is then empty). Context variables (context= arguments are accepted and ignored),
Task.get_stack (always empty) and print_stack, the debug mode's slow-callback warnings,
and asynchronous generator finalisation are left out.

Left out: streams (open_connection, start_server, StreamReader, StreamWriter),
subprocesses, sockets, pipes, signal handlers, servers, transports and protocols, the
loop's network and file methods, set_default_executor, run_coroutine_threadsafe,
wrap_future of a concurrent.futures.Future, child watchers.
"""

from .exceptions import (BrokenBarrierError, CancelledError, IncompleteReadError,
                         InvalidStateError, LimitOverrunError, SendfileNotAvailableError,
                         TimeoutError)
from .coroutines import iscoroutine, iscoroutinefunction
from .events import (AbstractEventLoop, AbstractEventLoopPolicy, AbstractServer, Handle,
                     TimerHandle, _get_running_loop, _set_running_loop, get_event_loop,
                     get_event_loop_policy, get_running_loop, new_event_loop, set_event_loop,
                     set_event_loop_policy)
from .futures import Future, isfuture, wrap_future
from .tasks import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Task, _enter_task,
                    _leave_task, _register_task, _unregister_task, all_tasks, as_completed,
                    create_task, current_task, ensure_future, gather, shield, sleep, wait,
                    wait_for)
from .base_events import BaseEventLoop, DefaultEventLoopPolicy, SelectorEventLoop
from .runners import Runner, run

# As CPython 3.11's, whose __all__ leaves out TaskGroup.
__all__ = (
    "ALL_COMPLETED", "AbstractEventLoop", "AbstractEventLoopPolicy", "AbstractServer",
    "Barrier", "BaseEventLoop", "BoundedSemaphore", "BrokenBarrierError", "CancelledError",
    "Condition", "DefaultEventLoopPolicy", "Event", "FIRST_COMPLETED", "FIRST_EXCEPTION",
    "Future", "Handle", "IncompleteReadError", "InvalidStateError", "LifoQueue",
    "LimitOverrunError", "Lock", "PriorityQueue", "Queue", "QueueEmpty", "QueueFull",
    "Runner", "SelectorEventLoop", "Semaphore", "SendfileNotAvailableError", "Task",
    "Timeout", "TimeoutError", "TimerHandle", "_enter_task", "_get_running_loop",
    "_leave_task", "_register_task", "_set_running_loop", "_unregister_task", "all_tasks",
    "as_completed", "create_task", "current_task", "ensure_future", "gather", "get_event_loop",
    "get_event_loop_policy", "get_running_loop", "iscoroutine", "iscoroutinefunction",
    "isfuture", "new_event_loop", "run", "set_event_loop", "set_event_loop_policy", "shield",
    "sleep", "timeout", "timeout_at", "to_thread", "wait", "wait_for", "wrap_future",
)

# Loaded on first use, to keep "import asyncio" cheap. Submodule names are listed too:
# "from . import mixins" in a submodule asks this __getattr__ first.
_LAZY = {
    "Lock": "locks", "Event": "locks", "Condition": "locks", "Semaphore": "locks",
    "BoundedSemaphore": "locks", "Barrier": "locks", "locks": "locks",
    "Queue": "queues", "PriorityQueue": "queues", "LifoQueue": "queues",
    "QueueFull": "queues", "QueueEmpty": "queues", "queues": "queues",
    "Timeout": "timeouts", "timeout": "timeouts", "timeout_at": "timeouts",
    "timeouts": "timeouts",
    "TaskGroup": "taskgroups", "taskgroups": "taskgroups",
    "to_thread": "threads", "threads": "threads", "mixins": "mixins",
}


def __getattr__(name):
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError("module 'asyncio' has no attribute '%s'" % name)
    import sys

    __import__("asyncio." + module_name)
    module = sys.modules["asyncio." + module_name]
    value = module if name == module_name else getattr(module, name)
    globals()[name] = value
    return value
