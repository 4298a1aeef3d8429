# contextlib: contextmanager (as context manager and decorator, exceptions inside), suppress,
# closing, redirect_stdout/redirect_stderr, ExitStack, nullcontext, AbstractContextManager.
from contextlib import contextmanager, suppress, closing, redirect_stdout, redirect_stderr, ExitStack, nullcontext, AbstractContextManager, ContextDecorator
import io, sys
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("b") as t:
    print("inside", t)
try:
    with tag("x"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow():
    raise KeyError("k")
print("after swallow")
@tag("deco")
def decorated(): print("body")
decorated()
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e: print("ValueError", e)
class Res:
    def close(self): print("closed")
with closing(Res()) as r: print(type(r).__name__)
f = io.StringIO()
with redirect_stdout(f):
    print("hidden", 42)
    print("line2")
print("captured:", repr(f.getvalue()))
g = io.StringIO()
with redirect_stderr(g):
    print("to err", file=sys.stderr)
print("err captured:", repr(g.getvalue()))
with ExitStack() as stack:
    a = stack.enter_context(tag("a"))
    stack.callback(print, "callback 1")
    stack.callback(lambda: print("callback 2"))
    print("in stack", a)
order = []
with ExitStack() as st:
    for i in range(3):
        st.callback(order.append, i)
print(order)
stack2 = ExitStack()
stack2.callback(print, "deferred")
moved = stack2.pop_all()
stack2.close(); print("after close"); moved.close()
def exit_cb(*exc):
    print("exit_cb", exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as st3:
    st3.push(exit_cb)
    raise RuntimeError("suppressed by push")
print("after st3")
with nullcontext(5) as v: print("null", v)
with nullcontext(): print("null none")
class CM(AbstractContextManager):
    def __exit__(self, *a): print("CM exit"); return None
with CM() as c: print(type(c).__name__)
class MyDeco(ContextDecorator):
    def __enter__(self): print("enter deco"); return self
    def __exit__(self, *a): print("exit deco"); return False
@MyDeco()
def work(x): print("work", x); return x * 2
print(work(3))
print(isinstance(io.StringIO(), AbstractContextManager) if False else "", issubclass(CM, AbstractContextManager))
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad(): pass
except RuntimeError as e: print("RuntimeError", e)
import sys
with redirect_stdout(io.StringIO()) as outer:
    print("outer")
    with redirect_stdout(io.StringIO()) as inner:
        print("inner")
    print("outer again")
print(repr(outer.getvalue()), repr(inner.getvalue()))
buf = io.StringIO()
with redirect_stdout(buf):
    sys.stdout.write("via sys.stdout\n")
print(repr(buf.getvalue()), sys.stdout is not buf)
try:
    with redirect_stdout(io.StringIO()):
        raise KeyError("x")
except KeyError:
    print("stdout restored after an exception")
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception:
        log.append("rollback")
        raise
log = []
with transaction(log): log.append("work")
try:
    with transaction(log): raise ValueError
except ValueError: pass
print(log)
with ExitStack() as stack:
    files = [stack.enter_context(nullcontext(i)) for i in range(3)]
    print("entered", files)
saved = sys.stdout
sys.stdout = io.StringIO()
print("lost")
sys.stdout = sys.__stdout__
print("restored", sys.stdout is sys.__stdout__, saved is sys.__stdout__)
print(isinstance(nullcontext(), AbstractContextManager), issubclass(ExitStack, AbstractContextManager), isinstance(suppress(), AbstractContextManager), isinstance(3, AbstractContextManager))
