# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue without threads (no call that would block forever)
import queue


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except (queue.Empty, queue.Full) as e:
        print(label, type(e).__name__, repr(str(e)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(queue.__all__)
print(queue.Empty, queue.Full, issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__, repr(queue.Empty()), repr(queue.Full("x")))
print(queue.Queue[int], queue.LifoQueue[str])
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue), issubclass(queue.SimpleQueue, queue.Queue))

# FIFO
q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
for i in range(5):
    q.put(i)
q.put_nowait("five")
q.put("six", block=False)
q.put("seven", timeout=3)
q.put("eight", True, 0)
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks, list(q.queue))
print([q.get() for i in range(3)], q.get_nowait(), q.get(False), q.get(timeout=1), q.get(True, 0.5))
print(q.qsize(), list(q.queue))
print(q.get(), q.get(), q.empty())
attempt("get_nowait empty", q.get_nowait)
attempt("get(False) empty", q.get, False)
attempt("get(block=False, timeout=5) empty", q.get, block=False, timeout=5)
attempt("get(timeout=0.01) empty", q.get, timeout=0.01)
attempt("get(timeout=0) empty", q.get, timeout=0)
attempt("get(timeout=-1)", q.get, timeout=-1)
q.put(1)
attempt("get(timeout=-1) non-empty", q.get, timeout=-1)
q.put(2)
attempt("get(False, -1) non-empty", q.get, False, -1)
attempt("get() non-empty", q.get)
attempt("put(timeout=-1) unbounded", q.put, "x", timeout=-1)
print(q.qsize())

# bounded
b = queue.Queue(maxsize=2)
print(b.maxsize, b.full())
b.put("a")
print(b.full(), b.qsize())
b.put("b")
print(b.full(), b.qsize())
attempt("put_nowait full", b.put_nowait, "c")
attempt("put(block=False) full", b.put, "c", block=False)
attempt("put(timeout=0.01) full", b.put, "c", timeout=0.01)
attempt("put(timeout=0) full", b.put, "c", True, 0)
attempt("put(timeout=-1) full", b.put, "c", timeout=-1)
print(list(b.queue), b.unfinished_tasks)
print(b.get(), b.full())
b.put("c", timeout=1)
print(list(b.queue))

for size in (0, -1, -5):
    u = queue.Queue(size)
    for i in range(100):
        u.put_nowait(i)
    print("maxsize", size, u.qsize(), u.full())

# task_done / join
t = queue.Queue()
t.join()
print("join with nothing put: returned")
t.put("job1")
t.put("job2")
print(t.unfinished_tasks)
t.get()
t.task_done()
print(t.unfinished_tasks)
t.get()
t.task_done()
print(t.unfinished_tasks)
t.join()
print("join after all done: returned")
attempt("task_done too many", t.task_done)
print(t.unfinished_tasks)

# LIFO
s = queue.LifoQueue()
for c in "abcde":
    s.put(c)
print(s.qsize(), s.queue, [s.get() for i in range(5)], s.empty())
attempt("lifo get_nowait", s.get_nowait)
s2 = queue.LifoQueue(1)
s2.put(1)
attempt("lifo full", s2.put_nowait, 2)
print(s2.full(), s2.get())

# priority
p = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (5, "e"), (0, "z")]:
    p.put(item)
print(p.qsize(), [p.get() for i in range(6)])
for n in [5, 3, 9, 1, 7, 1, 0, -2]:
    p.put_nowait(n)
out = []
while not p.empty():
    out.append(p.get_nowait())
print(out)
attempt("priority get_nowait", p.get_nowait)
p.put("x")
attempt("priority mixed types", p.put, 1)
pb = queue.PriorityQueue(maxsize=1)
pb.put(3)
attempt("priority full", pb.put, 1, False)

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put(2, block=False)
sq.put(3, timeout=5)
sq.put_nowait(4)
sq.put(5, False, -1)
print(sq.qsize(), sq.empty())
print(sq.get(), sq.get(False), sq.get_nowait(), sq.get(timeout=1), sq.get(block=True, timeout=0))
print(sq.empty(), sq.qsize())
attempt("simple get_nowait", sq.get_nowait)
attempt("simple get(timeout=0.01)", sq.get, timeout=0.01)
attempt("simple get(timeout=-1)", sq.get, timeout=-1)
attempt("simple get(False, -1)", sq.get, False, -1)
print(hasattr(sq, "task_done"), hasattr(sq, "join"), hasattr(sq, "maxsize"), hasattr(sq, "full"))
print(queue.SimpleQueue[int])


# a subclass using the hooks
class SetQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        if item not in self.queue:
            self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


sq2 = SetQueue()
for x in [1, 2, 1, 3, 2]:
    sq2.put(x)
print(sq2.qsize(), sq2.unfinished_tasks, [sq2.get() for i in range(3)])

# the mutex can be used to clear a queue as CPython code does
c = queue.Queue()
for i in range(3):
    c.put(i)
with c.mutex:
    c.queue.clear()
print(c.qsize(), c.empty())

# catching Empty in the usual loop
work = queue.Queue()
for w in ["x", "y"]:
    work.put(w)
done = []
while True:
    try:
        done.append(work.get_nowait())
    except queue.Empty:
        break
print(done)
try:
    raise queue.Full
except queue.Full as e:
    print("caught", type(e).__name__, e.args)
