# asyncio: run, tasks, futures, gather, wait, timeouts, locks, queues, loops, TaskGroup
import asyncio
import re


def norm(obj):
    # Task reprs without what only CPython can show: source positions and callbacks.
    text = repr(obj)
    text = re.sub(r" (running at|done, defined at|at) <string>:[0-9]+", "", text)
    return re.sub(r" cb=\[[^\]]*\]", "", text)


def show(label, func, *args):
    try:
        print(label, func(*args))
    except BaseException as e:
        print(label, type(e).__name__, e)


print("--- run")


async def add(a, b):
    await asyncio.sleep(0.001)
    return a + b


print(asyncio.run(add(1, 2)))


async def fails():
    await asyncio.sleep(0)
    raise ValueError("bad value")


try:
    asyncio.run(fails())
except ValueError as e:
    print("raised", type(e).__name__, e)

for bad in (5, None, "text", [1]):
    try:
        asyncio.run(bad)
    except Exception as e:
        print(type(e).__name__, e)


async def nested():
    coro = add(1, 1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested", e)
    return await coro


print(asyncio.run(nested()))
show("get_event_loop after run:", asyncio.get_event_loop)
show("get_running_loop outside:", asyncio.get_running_loop)
show("current_task outside:", asyncio.current_task)
show("all_tasks outside:", asyncio.all_tasks)


async def keep_loop():
    return asyncio.get_running_loop()


loop = asyncio.run(keep_loop())
print(loop.is_closed(), loop.is_running())
show("closed loop:", loop.call_soon, print)
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, Exception),
      issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.InvalidStateError, Exception))


print("--- tasks")


async def worker(name, delay, log):
    log.append(name + " start")
    await asyncio.sleep(delay)
    log.append(name + " end")
    return name.upper()


async def task_basics():
    me = asyncio.current_task()
    print("main name", me.get_name(), me is asyncio.current_task())
    log = []
    t1 = asyncio.create_task(worker("a", 0.001, log))
    t2 = asyncio.create_task(worker("b", 0.002, log), name="bee")
    t3 = asyncio.get_running_loop().create_task(worker("c", 0, log), name=42)
    print(t1.get_name(), t2.get_name(), repr(t3.get_name()))
    t1.set_name(("x", 1))
    print(t1.get_name())
    print(t1.done(), t1.cancelled())
    show("result early:", t1.result)
    show("exception early:", t1.exception)
    print(norm(t1))
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())
    print(await t1, await t2, await t3)
    print(log)
    print(t1.done(), t1.result(), t1.exception())
    print(norm(t2))
    print(len(asyncio.all_tasks()))
    show("set_result:", t1.set_result, 1)
    show("set_exception:", t1.set_exception, ValueError())
    print(t1.get_coro() is not None)

    t4 = asyncio.create_task(fails())
    await asyncio.sleep(0.002)
    print(t4.done(), t4.cancelled(), repr(t4.exception()))
    print(norm(t4))
    show("result of failed:", t4.result)
    try:
        await t4
    except ValueError as e:
        print("await failed task:", e)
    show("create_task non-coroutine:", asyncio.create_task, 5)


asyncio.run(task_basics())
show("create_task outside:", asyncio.create_task, None)


print("--- cancel")


async def sleeper(log, delay=10):
    try:
        log.append("sleeping")
        await asyncio.sleep(delay)
        log.append("woke")
    except asyncio.CancelledError as e:
        log.append("cancelled at await: %r" % (e.args,))
        raise
    finally:
        log.append("finally")


async def cancel_basics():
    log = []
    t = asyncio.create_task(sleeper(log))
    print(t.cancel(), t.cancelling(), t.done(), t.cancelled())
    # Cancelled before it ever ran: the coroutine never starts.
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__, e.args)
    print(t.done(), t.cancelled(), t.cancel(), log)
    show("result:", t.result)
    show("exception:", t.exception)
    print(norm(t))

    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(norm(t))
    print(t.cancel("stop now"), t.cancel(), t.cancelling())
    print(norm(t))
    try:
        await t
    except asyncio.CancelledError as e:
        print("got", repr(e))
    print(log, t.cancelled())

    # A task that swallows the cancellation keeps running.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("stubborn ignores it, cancelling =", asyncio.current_task().cancelling())
            print("uncancel ->", asyncio.current_task().uncancel())
        await asyncio.sleep(0)
        return "survived"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    # Cancelling the task that awaits another task cancels the inner one too.
    log = []
    inner = asyncio.create_task(sleeper(log))

    async def outer():
        return await inner

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled", o.cancelled(), inner.cancelled(), log)

    # Catching CancelledError and returning a value.
    async def catches():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "caught"

    t = asyncio.create_task(catches())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # A task that raises CancelledError itself is cancelled.
    async def raises_cancel():
        raise asyncio.CancelledError("self")

    t = asyncio.create_task(raises_cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("self-cancelled", e.args, t.cancelled())


asyncio.run(cancel_basics())


print("--- done callbacks")


async def callbacks():
    loop = asyncio.get_running_loop()
    order = []
    fut = loop.create_future()

    def cb(name):
        def inner(f):
            order.append((name, f.result() if not f.cancelled() else "cancelled"))
        return inner

    a, b, c = cb("a"), cb("b"), cb("c")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(c)
    fut.add_done_callback(b)
    print("removed", fut.remove_done_callback(b), fut.remove_done_callback(b))
    loop.call_soon(order.append, "soon before")
    fut.set_result(7)
    loop.call_soon(order.append, "soon after")
    print("not yet called:", order)
    await asyncio.sleep(0)
    print(order)
    order.clear()
    fut.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    print(order)

    order.clear()
    t = asyncio.create_task(add(2, 3))
    t.add_done_callback(cb("task"))
    t.add_done_callback(lambda f: order.append("lambda %s" % f.done()))
    await t
    print(order)
    await asyncio.sleep(0)
    print(order)


asyncio.run(callbacks())


print("--- futures")


async def waiter(f):
    print("waiter got", await f)
    return "waited"


async def future_basics():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f.done(), f.cancelled(), f.get_loop() is loop, asyncio.isfuture(f))
    show("result:", f.result)
    show("exception:", f.exception)
    f.set_result([1, 2, 3, 4, 5, 6, 7, 8])
    print(f)
    show("set again:", f.set_result, 1)
    show("set exception:", f.set_exception, ValueError())
    print(f.cancel(), f.result())

    f = asyncio.Future()
    f.set_result("x" * 40)
    print(f)
    f = loop.create_future()
    f.set_result({"b": 2, "a": 1})
    print(f)
    f = loop.create_future()
    f.set_result((1,))
    print(f)
    f = loop.create_future()
    f.set_exception(KeyError)
    print(f, repr(f.exception()))
    show("result:", f.result)
    f = loop.create_future()
    show("StopIteration:", f.set_exception, StopIteration())
    show("not an exception:", f.set_exception, 5)
    print(f.cancel("why"), f, f.cancel(), f.cancelled())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("cancelled future:", repr(e))

    # A task awaiting a future resumes when the result is set.
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    print(norm(t))
    loop.call_soon(f.set_result, "value")
    print(await t)

    f = loop.create_future()
    loop.call_later(0.001, f.set_exception, OSError("io"))
    try:
        await f
    except OSError as e:
        print("awaited exception:", e)

    coro = waiter(f)
    print(asyncio.isfuture(t), asyncio.isfuture(5), asyncio.isfuture(coro))
    coro.close()
    print(asyncio.ensure_future(f) is f)
    show("ensure_future int:", asyncio.ensure_future, 5)


asyncio.run(future_basics())


print("--- gather")


async def value_after(value, steps, log=None):
    # Done after `steps` loop iterations: orders that do not depend on timing.
    for i in range(steps + 1):
        await asyncio.sleep(0)
    if log is not None:
        log.append(value)
    if isinstance(value, BaseException):
        raise value
    return value


async def gathering():
    log = []
    results = await asyncio.gather(value_after("slow", 5, log), value_after("fast", 0, log),
                                   value_after("mid", 2, log))
    print(results, log)
    print(await asyncio.gather())
    print(await asyncio.gather(value_after(1, 0), value_after(ValueError("v"), 0),
                               value_after(KeyError("k"), 1), return_exceptions=True))
    log = []
    children = [asyncio.create_task(value_after("a", 3, log)),
                asyncio.create_task(value_after(ValueError("first"), 0, log)),
                asyncio.create_task(value_after("c", 5, log))]
    try:
        await asyncio.gather(*children)
    except ValueError as e:
        print("gather raised", e, [c.done() for c in children])
    # The other children are not cancelled: they go on running.
    await asyncio.wait(children)
    print(log, [c.cancelled() for c in children], [c.done() for c in children])

    # The same coroutine object twice runs once.
    coro = value_after("twice", 0)
    print(await asyncio.gather(coro, coro))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await asyncio.gather(fut, value_after("b", 0), fut))

    # Cancelling gather() cancels every child.
    log = []
    children = [asyncio.create_task(sleeper(log)), asyncio.create_task(sleeper(log))]
    g = asyncio.gather(*children)
    await asyncio.sleep(0)
    print("gather cancel", g.cancel(), g.done())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled(), [c.cancelled() for c in children], log)

    # A cancelled child counts as a CancelledError.
    t = asyncio.create_task(sleeper([]))
    g = asyncio.gather(t, value_after("ok", 1), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel("child")
    res = await g
    print([type(r).__name__ for r in res], res[0].args, res[1])
    t = asyncio.create_task(sleeper([]))
    g = asyncio.gather(t, value_after("ok", 1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("child cancel raises CancelledError in gather, outer cancelled:", g.cancelled())

    # Cancelling the task awaiting gather() cancels the children.
    log = []

    async def parent():
        await asyncio.gather(sleeper(log), sleeper(log))

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.001)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled", log)
    show("gather int:", asyncio.gather, 1)


asyncio.run(gathering())


print("--- sleep")


async def ticker(name, n, log):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await asyncio.sleep(0)


async def sleeping():
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(0.001, result=[1]),
          await asyncio.sleep(-1, "negative"))
    log = []
    await asyncio.gather(ticker("a", 3, log), ticker("b", 2, log), ticker("c", 3, log))
    print(log)
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.02)
    print("slept long enough:", loop.time() - start >= 0.019)


asyncio.run(sleeping())


print("--- wait_for")


async def waiting_for():
    print(await asyncio.wait_for(value_after("in time", 2), 1))
    print(await asyncio.wait_for(value_after("no timeout", 0), None))
    log = []
    try:
        await asyncio.wait_for(sleeper(log), 0.002)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, repr(e), type(e.__cause__).__name__, log)
    try:
        await asyncio.wait_for(sleeper([]), 0.001)
    except TimeoutError:
        print("builtin TimeoutError catches it")
    t = asyncio.create_task(sleeper([]))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("zero timeout, task cancelled:", t.cancelled())
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("done already")
    print(await asyncio.wait_for(fut, 0))
    try:
        await asyncio.wait_for(value_after(KeyError("inner"), 0), 1)
    except KeyError as e:
        print("inner error:", repr(e))
    # shield() keeps the inner task running after the timeout.
    inner = asyncio.create_task(asyncio.sleep(0.02, "shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.001)
    except TimeoutError:
        print("shield timed out, inner cancelled:", inner.cancelled())
    print(await inner)


asyncio.run(waiting_for())


print("--- wait")


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def waiting():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(value_after("a", 1), name="a")
    b = asyncio.create_task(sleeper([]), name="b")
    c = asyncio.create_task(value_after(ValueError("c"), 3), name="c")
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print("first completed", names(done), names(pending))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception", names(done), names(pending))
    done, pending = await asyncio.wait([a, b, c], timeout=0.001)
    print("timeout", names(done), names(pending))
    done, pending = await asyncio.wait({a, c})
    print("all", names(done), names(pending), a.result(), repr(c.exception()))
    b.cancel()
    done, pending = await asyncio.wait([b], timeout=1)
    print("cancelled", names(done), names(pending), b.cancelled())
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for fs, kwargs in (([], {}), ([a], {"return_when": "SOME"}), (a, {})):
        try:
            await asyncio.wait(fs, **kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    coro = value_after(1, 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print(type(e).__name__, e)
    await coro
    f = loop.create_future()
    done, pending = await asyncio.wait([f], timeout=0.001)
    print(len(done), len(pending))


asyncio.run(waiting())


print("--- as_completed")


async def completing():
    coros = [value_after("slow", 6), value_after("fast", 0), value_after("mid", 3)]
    for next_done in asyncio.as_completed(coros):
        print("as completed:", await next_done)
    results = []
    try:
        for next_done in asyncio.as_completed([value_after("quick", 0), sleeper([])],
                                              timeout=0.05):
            results.append(await next_done)
    except TimeoutError as e:
        print("as_completed timeout", type(e).__name__, results)
    coro = value_after(1, 0)
    try:
        for x in asyncio.as_completed(coro):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    coro.close()


asyncio.run(completing())


print("--- shield")


async def shielding():
    log = []
    inner = asyncio.create_task(value_after("protected", 3, log))

    async def outer():
        return await asyncio.shield(inner)

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print(await inner, log)
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print(asyncio.shield(done) is done)
    print(await asyncio.shield(value_after("coro", 0)))


asyncio.run(shielding())


print("--- timeout")


async def timeouts():
    loop = asyncio.get_running_loop()
    log = []
    try:
        async with asyncio.timeout(0.002) as cm:
            print(repr(cm).startswith("<Timeout [active] when="), cm.expired())
            await sleeper(log)
    except TimeoutError as e:
        print("timed out", type(e).__name__, type(e.__cause__).__name__, cm.expired(), log)
    print(cm)
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print(cm, cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm, cm.when())
        await asyncio.sleep(0.001)
    try:
        async with asyncio.timeout_at(loop.time() + 0.002) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired", cm.expired())
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline expires at the first await")
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.001)
            print(cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout expired")
    async with asyncio.timeout(0.001) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.003)
    print("reschedule(None) disables it", cm.expired(), cm.when())
    cm = asyncio.timeout(1)
    show("reschedule before enter:", cm.reschedule, 1)
    print(cm)
    # Nested: the inner one expires first and is the one that raises.
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.001):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            print("outer continues, cancelling =", asyncio.current_task().cancelling())
    except TimeoutError:
        print("outer timeout (wrong)")
    # An exception from the body goes through unchanged.
    try:
        async with asyncio.timeout(1):
            raise KeyError("body")
    except KeyError as e:
        print("body error", repr(e))


asyncio.run(timeouts())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("timeout outside loop:", e)


print("--- event")


async def wait_event(name, event, log):
    log.append(name + " waits")
    await event.wait()
    log.append(name + " woke")


async def events():
    event = asyncio.Event()
    print(event.is_set(), repr(event).endswith("[unset]>"))
    log = []
    tasks = [asyncio.create_task(wait_event(n, event, log)) for n in "abc"]
    await asyncio.sleep(0)
    print(repr(event).endswith("[unset, waiters:3]>"))
    log.append("set")
    event.set()
    print(event.is_set(), repr(event).endswith("[set, waiters:3]>"))
    await asyncio.gather(*tasks)
    print(log)
    print(await event.wait())
    event.clear()
    print(event.is_set())
    try:
        await asyncio.wait_for(event.wait(), 0.001)
    except TimeoutError:
        print("wait timed out", repr(event).endswith("[unset]>"))


asyncio.run(events())


print("--- lock")


async def locked_work(name, lock, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")


async def locks():
    lock = asyncio.Lock()
    print(lock.locked(), repr(lock).endswith("[unlocked]>"))
    log = []
    await asyncio.gather(*(locked_work(n, lock, log) for n in "abc"))
    print(log)
    print(await lock.acquire(), lock.locked())
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).endswith("[locked, waiters:1]>"))
    lock.release()
    print(await t, lock.locked())
    lock.release()
    show("release unlocked:", lock.release)
    # A cancelled waiter does not take the lock.
    await lock.acquire()
    t1 = asyncio.create_task(lock.acquire())
    t2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t1.cancel()
    lock.release()
    await asyncio.sleep(0)
    print(t1.cancelled(), t2.done(), lock.locked())
    print(await t2, lock.locked())
    lock.release()


asyncio.run(locks())


print("--- semaphore")


async def limited(name, sem, log):
    async with sem:
        log.append(name + "+")
        await asyncio.sleep(0)
        log.append(name + "-")


async def semaphores():
    sem = asyncio.Semaphore(2)
    print(sem.locked(), repr(sem).endswith("[unlocked, value:2]>"))
    log = []
    await asyncio.gather(*(limited(n, sem, log) for n in "abcd"))
    print(log)
    await sem.acquire()
    await sem.acquire()
    print(sem.locked(), repr(sem).endswith("[locked]>"))
    sem.release()
    sem.release()
    sem.release()
    print(sem._value, sem.locked())
    show("negative:", asyncio.Semaphore, -1)
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    show("bounded release:", bounded.release)
    async with bounded:
        print("inside bounded", bounded.locked())
    print(bounded.locked())


asyncio.run(semaphores())


print("--- condition")


async def consumer(name, cond, items, log):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append((name, items.pop(0)))


async def conditions():
    cond = asyncio.Condition()
    items = []
    log = []
    tasks = [asyncio.create_task(consumer(n, cond, items, log)) for n in "abc"]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    print(log)
    async with cond:
        items.extend([2, 3])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(log)
    show("notify unlocked:", cond.notify)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait unlocked:", e)
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with cond:
        print(lock.locked(), cond.locked())

    async def notifier():
        async with cond:
            cond.notify_all()

    async with cond:
        asyncio.create_task(notifier())
        print("wait returns", await cond.wait(), cond.locked())


asyncio.run(conditions())


print("--- barrier")


async def at_barrier(name, barrier, log):
    log.append(name + " arrives")
    index = await barrier.wait()
    log.append("%s passes %d" % (name, index))


async def barriers():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    await asyncio.gather(*(at_barrier(n, barrier, log) for n in "abc"))
    print(log)
    show("zero parties:", asyncio.Barrier, 0)
    t = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(barrier.n_waiting, repr(barrier).endswith("[filling, waiters:1/3]>"))
    await barrier.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, e, barrier.broken)


asyncio.run(barriers())


print("--- queue")


async def producer(queue, items, log):
    for item in items:
        await queue.put(item)
        log.append("put %s" % (item,))


async def consume(name, queue, log):
    while True:
        item = await queue.get()
        log.append("%s got %s" % (name, item))
        queue.task_done()


async def queues():
    q = asyncio.Queue()
    print(str(q), q.qsize(), q.empty(), q.full(), q.maxsize)
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q), q.qsize(), q.empty())
    print(q.get_nowait(), await q.get(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), issubclass(asyncio.QueueEmpty, Exception))
    print(str(q))
    q.task_done()
    q.task_done()
    show("task_done:", q.task_done)

    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.full(), str(q))
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    log = []
    p = asyncio.create_task(producer(q, ["c", "d"], log))
    await asyncio.sleep(0)
    print(str(q), log)
    print(q.get_nowait(), log)
    await asyncio.sleep(0)
    print(log, q.qsize())
    while not q.empty():
        q.get_nowait()
    await p
    print(log, q.qsize())

    # join() waits until every item is marked done.
    q = asyncio.Queue()
    log = []
    workers = [asyncio.create_task(consume(n, q, log)) for n in ("w1", "w2")]
    for i in range(5):
        q.put_nowait(i)
    print(str(q))
    await q.join()
    print(log, str(q))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print([w.cancelled() for w in workers])

    # A cancelled get() leaves the queue as it was.
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    getter.cancel()
    await asyncio.sleep(0)
    print(str(q), getter.cancelled())
    try:
        await asyncio.wait_for(q.get(), 0.001)
    except TimeoutError:
        print("get timed out", str(q))

    lifo = asyncio.LifoQueue()
    for i in (1, 2, 3):
        await lifo.put(i)
    print(str(lifo), [lifo.get_nowait() for _ in range(3)])
    prio = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
        prio.put_nowait(item)
    print([prio.get_nowait() for _ in range(4)])
    text = repr(asyncio.Queue(3))
    print(text.startswith("<Queue at 0x"), text.endswith(" maxsize=3>"))


asyncio.run(queues())


print("--- loops")


def loop_api():
    loop = asyncio.new_event_loop()
    print(loop)
    print(loop.is_running(), loop.is_closed(), loop.get_debug())
    asyncio.set_event_loop(loop)
    print(asyncio.get_event_loop() is loop)
    order = []
    loop.call_soon(order.append, "soon 1")
    h = loop.call_soon(show, "cancelled", 1.5)
    loop.call_soon(order.append, "soon 2")
    print(norm(h), h.cancelled())
    h.cancel()
    print(norm(h), h.cancelled())
    t0 = loop.time()
    loop.call_later(0.003, order.append, "later 3ms")
    loop.call_later(0.001, order.append, "later 1ms")
    th = loop.call_later(0.002, order.append, "later cancelled")
    loop.call_at(t0 + 0.002, order.append, "at 2ms")
    print(th.when() >= t0 + 0.002, repr(th).startswith("<TimerHandle when="))
    th.cancel()
    loop.call_later(0.005, loop.stop)
    loop.run_forever()
    print(order)
    print(loop.time() - t0 >= 0.005, loop.time() >= t0)

    print(loop.run_until_complete(add(3, 4)))
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from future")
    print(loop.run_until_complete(fut))
    task = loop.create_task(add(5, 6))
    print(loop.run_until_complete(task), task.done())
    try:
        loop.run_until_complete(fails())
    except ValueError as e:
        print("run_until_complete raised", e)

    async def inside():
        print("running", loop.is_running(), asyncio.get_running_loop() is loop,
              asyncio.get_event_loop() is loop)
        coro = add(1, 2)
        try:
            loop.run_until_complete(coro)
        except RuntimeError as e:
            print(e)
        try:
            loop.run_forever()
        except RuntimeError as e:
            print(e)
        try:
            loop.close()
        except RuntimeError as e:
            print(e)
        await coro
        other = asyncio.new_event_loop()
        try:
            other.run_until_complete(fut)
        except RuntimeError as e:
            print(e)
        other.close()

    loop.run_until_complete(inside())

    # Errors in callbacks go to the exception handler; the loop goes on.
    seen = []

    def handler(lp, context):
        message = context["message"]
        if message.startswith("Exception in callback "):
            message = "Exception in callback ..."
        seen.append((lp is loop, message, repr(context.get("exception"))))

    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(lambda: 1 / 0)
    loop.call_soon(order.append, "after error")
    loop.run_until_complete(asyncio.sleep(0))
    print(seen)
    loop.call_exception_handler({"message": "custom"})
    print(seen[-1])
    show("bad handler:", loop.set_exception_handler, 5)
    loop.set_exception_handler(None)

    # The stop() from a task ends run_until_complete early.
    async def stopper():
        loop.stop()
        await asyncio.sleep(0.001)

    try:
        loop.run_until_complete(stopper())
    except RuntimeError as e:
        print(e)
    show("call_later None:", loop.call_later, None, print)
    show("call_at None:", loop.call_at, None, print)

    def factory(lp, coro):
        print("factory called")
        return asyncio.Task(coro, loop=lp)

    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    print(loop.run_until_complete(add(1, 1)))
    loop.set_task_factory(None)
    show("bad factory:", loop.set_task_factory, 1)
    print(asyncio.all_tasks(loop) == set(), asyncio.current_task(loop))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    loop.close()
    print(loop.is_closed(), loop)
    show("run closed:", loop.run_until_complete, fut)
    show("create_task closed:", loop.create_task, None)
    asyncio.set_event_loop(None)
    show("get_event_loop:", asyncio.get_event_loop)
    show("set_event_loop int:", asyncio.set_event_loop, 1)
    policy = asyncio.get_event_loop_policy()
    print(type(policy).__name__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
    loop2 = policy.new_event_loop()
    print(isinstance(loop2, asyncio.AbstractEventLoop), type(loop2).__name__)
    loop2.close()
    show("set policy:", asyncio.set_event_loop_policy, 1)
    asyncio.set_event_loop_policy(None)
    fresh = asyncio.get_event_loop()
    print(fresh is asyncio.get_event_loop(), fresh.is_closed())
    fresh.close()


loop_api()


print("--- runner")

with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)), runner.run(add(3, 4)))
    print(runner.get_loop().is_closed())
    show("runner non-coroutine:", runner.run, 1)
show("runner after close:", runner.run, None)


print("--- coroutines")


def plain():
    return 1


class Obj:
    async def method(self):
        return "method"

    def sync(self):
        return "sync"


def make_closure():
    captured = 5

    async def inner():
        return captured

    return inner


coro = add(1, 2)
sleep_coro = asyncio.sleep(0)
print(asyncio.iscoroutine(coro), asyncio.iscoroutine(plain), asyncio.iscoroutine(1),
      asyncio.iscoroutine(sleep_coro))
coro.close()
sleep_coro.close()
print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(plain),
      asyncio.iscoroutinefunction(Obj().method), asyncio.iscoroutinefunction(Obj().sync),
      asyncio.iscoroutinefunction(Obj.method), asyncio.iscoroutinefunction(make_closure()),
      asyncio.iscoroutinefunction(make_closure), asyncio.iscoroutinefunction(len),
      asyncio.iscoroutinefunction(lambda: 0), asyncio.iscoroutinefunction(1))
import functools
print(asyncio.iscoroutinefunction(functools.partial(add, 1)))


class Awaitable:
    # __iter__ as well as __await__: the sandbox's await takes iter(obj).
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield  # gives way once, as asyncio.sleep(0) does
        return self.value

    __iter__ = __await__


class OnlyAwait:
    def __await__(self):
        return (yield from Awaitable("only __await__").__await__())


async def awaitables():
    print(await Awaitable("custom"))
    print(await asyncio.ensure_future(OnlyAwait()))
    print(await asyncio.gather(OnlyAwait(), Awaitable("b")))
    print(await asyncio.wait_for(OnlyAwait(), 1))
    print(await Obj().method())
    print(await make_closure()())


asyncio.run(awaitables())


print("--- taskgroup")


async def tg_ok():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        t1 = tg.create_task(value_after("one", 2))
        t2 = tg.create_task(value_after("two", 0), name="second")
        print(t2.get_name(), repr(tg))
    print("results", t1.result(), t2.result(), repr(tg))
    show("create after exit:", tg.create_task, None)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)


asyncio.run(tg_ok())


async def tg_outer_cancel():
    log = []

    async def body():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(log))
            tg.create_task(sleeper(log))

    t = asyncio.create_task(body())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group cancelled from outside", log.count("finally"))


asyncio.run(tg_outer_cancel())


print("--- to_thread")


def blocking(a, b=0):
    return a * 10 + b


async def threads():
    print(await asyncio.to_thread(blocking, 4, b=2))
    try:
        await asyncio.to_thread(int, "x")
    except ValueError as e:
        print("to_thread error:", e)
    fut = asyncio.get_running_loop().run_in_executor(None, blocking, 7)
    print(asyncio.isfuture(fut), await fut)


asyncio.run(threads())


print("--- interleaving")


async def chatty(name, n, log):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await asyncio.sleep(0)
    return name


async def interleave():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, "callback")
    t1 = asyncio.create_task(chatty("x", 3, log))
    loop.call_soon(log.append, "callback 2")
    t2 = asyncio.create_task(chatty("y", 2, log))
    log.append("main")
    await asyncio.sleep(0)
    log.append("main again")
    print(await t1, await t2)
    print(log)
    ev = asyncio.Event()
    fut = loop.create_future()
    results = []

    async def step(name):
        await ev.wait()
        results.append(name)
        if len(results) == 3:
            fut.set_result(results)

    for name in "pqr":
        asyncio.create_task(step(name))
    loop.call_later(0.001, ev.set)
    print(await fut)


asyncio.run(interleave())


print("--- edge cases")


async def exits():
    await asyncio.sleep(0)
    raise SystemExit(3)


try:
    asyncio.run(exits())
except SystemExit as e:
    print("SystemExit", e.args)


async def edge_cases():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("sleep('x'):", e)
    loop.call_soon(lambda: print("current_task in a callback:", asyncio.current_task()))
    await asyncio.sleep(0)
    try:
        await asyncio.current_task()
    except RuntimeError as e:
        print(str(e).split(":")[0])
    loop.set_debug(True)
    for callback in (add, add(1, 2), 5):
        try:
            loop.call_soon(callback)
        except TypeError as e:
            print(e)
        if asyncio.iscoroutine(callback):
            callback.close()
    loop.set_debug(False)
    print(loop.get_debug())


asyncio.run(edge_cases(), debug=True)
from asyncio import Queue, TaskGroup, timeout

print(Queue is asyncio.Queue, asyncio.Queue[int], asyncio.LifoQueue[str])
print(asyncio.IncompleteReadError(b"ab", 5), asyncio.IncompleteReadError(b"", None).expected)
print(asyncio.LimitOverrunError("over", 3).consumed,
      issubclass(asyncio.BrokenBarrierError, RuntimeError))


print("--- shutdown")


async def background(log):
    try:
        log.append("background starts")
        await asyncio.sleep(10)
    finally:
        print("background cleanup at shutdown")


async def leaves_task():
    log = []
    asyncio.create_task(background(log))
    await asyncio.sleep(0)
    print(log, len(asyncio.all_tasks()))
    return "main done"


print(asyncio.run(leaves_task()))
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(asyncio.gather(add(1, 2), add(3, 4))))
print(loop.run_until_complete(asyncio.wait_for(add(5, 5), 1)))
loop.close()
asyncio.set_event_loop(None)


print("--- taskgroup errors (the built-in ExceptionGroup)")


async def tg_fail():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            slow = tg.create_task(sleeper(log))
            tg.create_task(value_after(ValueError("boom"), 1))
            tg.create_task(value_after(KeyError("key"), 1))
            await asyncio.sleep(10)
            print("not reached")
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg, eg.message, [repr(e) for e in eg.exceptions])
        print(isinstance(eg, Exception), slow.cancelled(), log)
    print("after group, cancelling =", asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(value_after("fine", 0))
            raise LookupError("body")
    except ExceptionGroup as eg:
        print(eg, [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(value_after(ValueError("only"), 0))
    except Exception as e:
        print(type(e).__name__, e, e.exceptions)

    async def child_cancels():
        raise asyncio.CancelledError()

    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child_cancels())
    print("a cancelled child is no error:", t.cancelled())


asyncio.run(tg_fail())
