# traceback: format_exc, print_exc, format_exception (both forms), format_exception_only,
# extract_tb, format_tb, print_tb, format_list, chained exceptions, limits, TracebackException.
import io
import sys
import traceback


def _own_filename():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__.tb_frame.f_code.co_filename


# CPython (python3 -c) and the sandbox's test harness call this script "<string>"; a runner
# that runs it from a file gives another name: print it as "<string>" too.
OWN = _own_filename()


def clean(text):
    if isinstance(text, list):
        return [clean(t) for t in text]
    return text.replace('"%s"' % OWN, '"<string>"').replace(OWN, "<string>")


def show(label, value):
    print(label, clean(value) if isinstance(value, (str, list)) else value)


def block(label, text):
    print("--", label)
    print(clean(text), end="")
    print("--")


def inner(x):
    return 10 // x


def middle(x):
    return inner(x) + 1


def outer(x):
    return middle(x) * 2


# format_exc inside a handler. Each call gets its own handler: in the sandbox, any try
# statement run inside a handler (as these functions run) clears sys.exc_info() after it.


def fresh(action):
    try:
        outer(0)
    except ZeroDivisionError:
        return action()


def printed(**kwargs):
    buf = io.StringIO()
    traceback.print_exc(file=buf, **kwargs)
    return buf.getvalue()


def to_stderr():
    saved = sys.stderr
    sys.stderr = io.StringIO()
    traceback.print_exc()
    got = sys.stderr.getvalue()
    sys.stderr = saved
    return got


block("format_exc", fresh(traceback.format_exc))
block("format_exc limit=1", fresh(lambda: traceback.format_exc(limit=1)))
block("format_exc limit=2", fresh(lambda: traceback.format_exc(2)))
block("format_exc limit=0", fresh(lambda: traceback.format_exc(limit=0)))
block("format_exc limit=-1", fresh(lambda: traceback.format_exc(limit=-1)))
block("format_exc limit=-2", fresh(lambda: traceback.format_exc(limit=-2)))
block("format_exc limit=10", fresh(lambda: traceback.format_exc(limit=10)))
block("print_exc file=", fresh(printed))
block("print_exc limit=1", fresh(lambda: printed(limit=1)))
block("print_exc limit=-1", fresh(lambda: printed(limit=-1)))
block("print_exc stderr", fresh(to_stderr))
block("format_exception(*exc_info)", fresh(lambda: "".join(traceback.format_exception(*sys.exc_info()))))


def printed_exception():
    buf = io.StringIO()
    traceback.print_exception(*sys.exc_info(), file=buf)
    return buf.getvalue()


block("print_exception(*exc_info)", fresh(printed_exception))
print(fresh(lambda: [sys.exc_info()[0].__name__, repr(sys.exc_info()[1])]))
try:
    outer(0)
except ZeroDivisionError:
    block("at module level", traceback.format_exc())

# outside any handler
print(repr(traceback.format_exc()))
buf = io.StringIO()
traceback.print_exc(file=buf)
print(repr(buf.getvalue()))

# an exception object kept after its handler
try:
    outer(0)
except ZeroDivisionError as e:
    saved_exc = e

lines = traceback.format_exception(saved_exc)
show("format_exception(e)", lines)
show("len", len(lines))
show("3-arg", traceback.format_exception(type(saved_exc), saved_exc, saved_exc.__traceback__))
show("3-arg no tb", traceback.format_exception(type(saved_exc), saved_exc, None))
show("limit=2", traceback.format_exception(saved_exc, limit=2))
show("limit kw 3-arg", traceback.format_exception(ZeroDivisionError, saved_exc, saved_exc.__traceback__, limit=1))
show("only", traceback.format_exception_only(saved_exc))
show("only 2-arg", traceback.format_exception_only(ZeroDivisionError, saved_exc))
show("only None", traceback.format_exception_only(None))
show("exception None", traceback.format_exception(None))
buf = io.StringIO()
traceback.print_exception(saved_exc, file=buf)
block("print_exception(e)", buf.getvalue())
buf = io.StringIO()
traceback.print_exception(type(saved_exc), saved_exc, saved_exc.__traceback__, 2, buf)
block("print_exception positional", buf.getvalue())
buf = io.StringIO()
traceback.print_exception(saved_exc, limit=-1, file=buf)
block("print_exception limit=-1", buf.getvalue())

# errors in the arguments
for args in [(saved_exc, saved_exc), (5,), ("text",)]:
    try:
        traceback.format_exception(*args)
    except Exception as err:
        print(type(err).__name__, err)
try:
    traceback.format_exception(saved_exc, None, tb=None, value=None)
except TypeError as err:
    print("TypeError")

# the traceback itself
tb = saved_exc.__traceback__
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for frame in summary:
    print(clean(frame.filename), frame.lineno, frame.name, repr(frame.line))
    print(clean(repr(frame)))
    filename, lineno, name, line = frame
    print(clean(filename), lineno, name, repr(line), len(frame), frame[2], frame[-1] == line)
print([f.name for f in traceback.extract_tb(tb, limit=2)])
print([f.name for f in traceback.extract_tb(tb, limit=-2)])
print([f.name for f in traceback.extract_tb(tb, 0)])
print([f.name for f in traceback.extract_tb(None)])
show("format_tb", traceback.format_tb(tb))
show("format_tb limit", traceback.format_tb(tb, 1))
buf = io.StringIO()
traceback.print_tb(tb, file=buf)
block("print_tb", buf.getvalue())
buf = io.StringIO()
traceback.print_tb(tb, limit=-1, file=buf)
block("print_tb limit=-1", buf.getvalue())
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
traceback.clear_frames(tb)

# FrameSummary and StackSummary by hand
fs = traceback.FrameSummary("app.py", 12, "run", line="  do_it()  ")
print(repr(fs), repr(fs.line), fs.locals, list(fs))
print(fs == ("app.py", 12, "run", "do_it()"), fs == ("app.py", 12, "run", "x"))
print(fs == traceback.FrameSummary("app.py", 12, "run"), fs != traceback.FrameSummary("app.py", 13, "run"))
fs2 = traceback.FrameSummary("app.py", 5, "main", lookup_line=False)
print(repr(fs2.line), fs2.lineno, fs2.name)
print(repr(traceback.FrameSummary("x.py", None, "f").line))
entries = [("a.py", 1, "<module>", "main()"), ("b.py", 7, "main", ""), fs]
print(traceback.format_list(entries))
stack = traceback.StackSummary.from_list(entries)
print(type(stack).__name__, [f.name for f in stack])
print(stack.format())
buf = io.StringIO()
traceback.print_list(entries, file=buf)
print(repr(buf.getvalue()))
print(repr(traceback.format_list([])))

# repeated entries (recursion)


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    return recurse(n - 1)


for depth in (2, 3, 4, 10):
    try:
        recurse(depth)
    except RecursionError as e:
        block("recurse %d" % depth, "".join(traceback.format_exception(e)))
many = [("f.py", 3, "g", None)] * 5 + [("f.py", 4, "g", None)] + [("f.py", 3, "g", None)] * 4
print(traceback.format_list(many))

# chained exceptions


def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise LookupError("no %s" % key) from e


try:
    load("port")
except LookupError:
    block("cause format_exc", traceback.format_exc())
try:
    load("port")
except LookupError:
    block("cause format_exc chain=False", traceback.format_exc(chain=False))
try:
    load("port")
except LookupError as e:
    block("cause", "".join(traceback.format_exception(e)))
    block("cause chain=False", "".join(traceback.format_exception(e, chain=False)))
    block("cause only", "".join(traceback.format_exception_only(e)))


def convert(text):
    try:
        return int(text)
    except ValueError:
        return undefined_name


try:
    convert("x")
except NameError as e:
    block("context", "".join(traceback.format_exception(e)))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replaced") from None
except ValueError as e:
    block("from None", "".join(traceback.format_exception(e)))
    print(e.__suppress_context__, e.__cause__, type(e.__context__).__name__)

try:
    try:
        try:
            [][0]
        except IndexError as first:
            raise KeyError("second") from first
    except KeyError:
        raise RuntimeError("third")
except RuntimeError as e:
    block("three", "".join(traceback.format_exception(e)))
    block("three limit=0", "".join(traceback.format_exception(e, limit=0)))

# a cause set by hand, never raised
top = ValueError("top")
top.__cause__ = TypeError("bottom")
print(traceback.format_exception(top))
looped = ValueError("a")
other = KeyError("b")
looped.__context__ = other
other.__context__ = looped
print(traceback.format_exception(looped))

# exception messages


class NoMessage(Exception):
    pass


class Custom(Exception):
    def __str__(self):
        return "custom text"


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


class Elsewhere(Exception):
    __module__ = "pkg.errors"


class Empty(Exception):
    def __str__(self):
        return ""


for exc in [NoMessage(), NoMessage(""), NoMessage("x", 2), Custom("ignored"), BadStr("b"),
            Elsewhere("far"), Empty("e"), KeyError("key"), KeyError(), ValueError(None),
            StopIteration(3), SystemExit(2), OSError(2, "No such file or directory"),
            ZeroDivisionError("division by zero"), Exception("multi\nline")]:
    print(traceback.format_exception_only(exc))
try:
    raise BadStr()
except BadStr as e:
    block("bad str", "".join(traceback.format_exception(e)))

# notes set by hand
noted = NoMessage("with notes")
noted.__notes__ = ["first note", "second\nnote"]
print(traceback.format_exception_only(noted))
noted.__notes__ = "abc"
print(traceback.format_exception_only(noted))
noted.__notes__ = 42
print(traceback.format_exception_only(noted))
noted.__notes__ = [1, Custom()]
print(traceback.format_exception_only(noted))

# SyntaxError
try:
    exec("return 5")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    block("exec syntax error", "".join(traceback.format_exception(e)))
try:
    exec("y = 1\n\nprint([[(j := i) for i in range(2)] for j in range(2)])")
except SyntaxError as e:
    block("walrus", traceback.format_exc())
    print(clean(traceback.format_exception_only(e)))
print(traceback.format_exception_only(SyntaxError("plain message")))
print(traceback.format_exception_only(SyntaxError("m", ("f.py", 3, 5, "x = 1 +\n"))))
print(traceback.format_exception_only(SyntaxError("m", ("f.py", 3, 9, "    x = 1 + 2\n", 3, 12))))
print(traceback.format_exception_only(SyntaxError("m", (None, None, None, None))))
print(traceback.format_exception_only(SyntaxError("m", ("f.py", None, None, None))))
print(traceback.format_exception_only(SyntaxError()))
try:
    raise SyntaxError("raised by hand")
except SyntaxError as e:
    block("raised SyntaxError", "".join(traceback.format_exception(e)))

# TracebackException
try:
    load("host")
except LookupError as e:
    kept = e
    te = traceback.TracebackException.from_exception(e)
print(te.exc_type.__name__, str(te), len(te.stack), [f.name for f in te.stack])
print(te.__cause__.exc_type.__name__, str(te.__cause__), te.__context__, te.__suppress_context__)
print(te.__cause__.__cause__, te.__cause__.__context__)
block("te.format", "".join(te.format()))
block("te.format chain=False", "".join(te.format(chain=False)))
print(list(te.format_exception_only()))
buf = io.StringIO()
te.print(file=buf)
block("te.print", buf.getvalue())
te2 = traceback.TracebackException(type(saved_exc), saved_exc, saved_exc.__traceback__, limit=1)
print([f.name for f in te2.stack], str(te2))
te3 = traceback.TracebackException(type(saved_exc), saved_exc, None)
print(list(te3.format()), te3.stack)
print(te == traceback.TracebackException.from_exception(kept), te == te2, te != te2)
full = traceback.TracebackException.from_exception(NameError("n"))
print(list(full.format()))
try:
    convert("y")
except NameError as e:
    print(traceback.TracebackException.from_exception(e).__context__.exc_type.__name__)
    print(traceback.TracebackException.from_exception(e, compact=True).__context__.exc_type.__name__)

# stacks: nothing is known without a frame
print(traceback.format_stack.__name__, traceback.print_last.__name__)
try:
    traceback.print_last()
except ValueError as err:
    print("ValueError", err)
print("__all__" in dir(traceback), sorted(traceback.__all__)[:5])
for obj in [fs, te]:
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError", e)
