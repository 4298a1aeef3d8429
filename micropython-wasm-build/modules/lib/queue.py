"""queue: CPython's queue classes for a sandbox without threads: Queue (FIFO), LifoQueue,
PriorityQueue, SimpleQueue, and the Empty and Full exceptions; put/get with block and
timeout, put_nowait/get_nowait, qsize, empty, full, maxsize, task_done, join,
unfinished_tasks, the `queue` attribute (a deque, list or heap list) and the _init, _qsize,
_put and _get hooks for subclasses; Queue[int] as in CPython.

Differs, because the sandbox has no threads (nothing else can ever put or get an item while
a call waits):
- get() on an empty queue, or put() on a full one, with a timeout raises Empty or Full at
  once instead of after the timeout (as CPython would after waiting in vain);
- with block=True and no timeout, where CPython would wait forever, they raise
  RuntimeError ("... would block forever ...") instead of hanging; so does join() while
  unfinished tasks remain (task_done() not yet called for every item put);
- mutex, not_empty, not_full and all_tasks_done are simple stand-ins that can be used in
  `with` statements (acquire/release/notify do nothing useful).
"""

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""

    __module__ = "_queue"


class Full(Exception):
    """Exception raised by Queue.put(block=0)/put_nowait()."""


def _would_block(what):
    return RuntimeError(
        "%s would block forever: the sandbox has no threads to change the queue" % what)


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _class_getitem(cls, item):
    import types

    return types.GenericAlias(cls, item)


class _Lock:
    # Stands in for threading's Lock and Condition objects (there are no threads).

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc_info):
        return False

    def wait(self, timeout=None):
        return True

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _Lock()
        self.not_empty = self.mutex
        self.not_full = self.mutex
        self.all_tasks_done = self.mutex
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete (one per get())."""
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks = unfinished

    def join(self):
        """Returns when every item put has been marked done with task_done(); here, as
        there are no threads, RuntimeError if some are not done yet."""
        if self.unfinished_tasks:
            raise _would_block("join() with %d unfinished task%s" % (
                self.unfinished_tasks, "" if self.unfinished_tasks == 1 else "s"))

    def qsize(self):
        """Return the approximate size of the queue."""
        return self._qsize()

    def empty(self):
        """Return True if the queue is empty."""
        return not self._qsize()

    def full(self):
        """Return True if the queue is full."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue.

        On a full queue: Full if block is false or a timeout is given (at once: nothing
        could make room while waiting), RuntimeError if block is true without timeout.
        """
        if self.maxsize > 0:
            if not block:
                if self._qsize() >= self.maxsize:
                    raise Full
            elif timeout is None:
                if self._qsize() >= self.maxsize:
                    raise _would_block("put() on a full queue")
            else:
                _check_timeout(timeout)
                if self._qsize() >= self.maxsize:
                    raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        On an empty queue: Empty if block is false or a timeout is given (at once: nothing
        could put an item while waiting), RuntimeError if block is true without timeout.
        """
        if not block:
            if not self._qsize():
                raise Empty
        elif timeout is None:
            if not self._qsize():
                raise _would_block("get() on an empty queue")
        else:
            _check_timeout(timeout)
            if not self._qsize():
                raise Empty
        return self._get()

    def put_nowait(self, item):
        """Put an item into the queue without blocking (Full if there is no room)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking (Empty if none)."""
        return self.get(block=False)

    # Override these methods to implement other queue organizations.

    def _init(self, maxsize):
        from collections import deque

        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_class_getitem)


class PriorityQueue(Queue):
    """Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    """

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        from heapq import heappush

        heappush(self.queue, item)

    def _get(self):
        from heapq import heappop

        return heappop(self.queue)


class LifoQueue(Queue):
    """Variant of Queue that retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded FIFO queue (no task tracking)."""

    __module__ = "_queue"

    def __init__(self):
        from collections import deque

        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue; never blocks (block and timeout are ignored)."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue (see Queue.get for an empty queue)."""
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._queue:
            if block and timeout is None:
                raise _would_block("get() on an empty queue")
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking (Empty if none)."""
        return self.get(block=False)

    def empty(self):
        """Return True if the queue is empty."""
        return not self._queue

    def qsize(self):
        """Return the approximate size of the queue."""
        return len(self._queue)

    __class_getitem__ = classmethod(_class_getitem)
