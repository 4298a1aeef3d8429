# warnings: warn, filters and their actions, catch_warnings(record=True), showwarning,
# formatwarning, warn_explicit and the Warning categories.
import io
import re
import sys
import warnings

# CPython makes the expected output with -W ignore, which puts an "ignore everything" filter
# first: take it out to start from CPython's default filters.
if ("ignore", None, Warning, None, 0) in warnings.filters:
    warnings.filters.remove(("ignore", None, Warning, None, 0))


def describe_filters():
    out = []
    for action, msg, cat, mod, lineno in warnings.filters:
        if msg is not None and not isinstance(msg, str):
            msg = "re:" + msg.pattern
        if mod is not None and not isinstance(mod, str):
            mod = "re:" + mod.pattern
        out.append((action, msg, cat.__name__, mod, lineno))
    return out


def masked(text):
    # The sandbox cannot tell the caller's line number: show it as N.
    return re.sub(r"<string>:\d+:", "<string>:N:", text)


def stderr_of(action):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        action()
        return masked(sys.stderr.getvalue())
    finally:
        sys.stderr = saved


print("default filters", describe_filters())
print(warnings.defaultaction, warnings.onceregistry)

# the categories
names = ["Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning",
         "SyntaxWarning", "RuntimeWarning", "FutureWarning", "ImportWarning",
         "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"]
for name in names:
    cls = eval(name)
    print(name, cls, cls.__name__, issubclass(cls, Warning), issubclass(cls, Exception),
          issubclass(cls, UserWarning), isinstance(cls("m"), Warning))
print(repr(UserWarning("careful")), str(UserWarning("careful")), UserWarning("a", 1).args)
print(issubclass(Warning, Exception), issubclass(Warning, BaseException), issubclass(ValueError, Warning))
try:
    raise RuntimeWarning("raised")
except Warning as e:
    print("caught", type(e).__name__, e)

# warn() with the default filters, to stderr
print(repr(stderr_of(lambda: warnings.warn("first warning"))))


def warn_loop():
    for i in range(3):
        warnings.warn("in a loop")


print(repr(stderr_of(warn_loop)))
print(repr(stderr_of(lambda: warnings.warn("other text"))))
print(repr(stderr_of(lambda: warnings.warn("first warning", RuntimeWarning))))
print(repr(stderr_of(lambda: warnings.warn("old api", DeprecationWarning))))
print(repr(stderr_of(lambda: warnings.warn("soon old", PendingDeprecationWarning))))
print(repr(stderr_of(lambda: warnings.warn("imp", ImportWarning))))
print(repr(stderr_of(lambda: warnings.warn("res", ResourceWarning))))
print(repr(stderr_of(lambda: warnings.warn("fut", FutureWarning))))
print(repr(stderr_of(lambda: warnings.warn(SyntaxWarning("an instance")))))
print(repr(stderr_of(lambda: warnings.warn(12345))))
print(repr(stderr_of(lambda: warnings.warn("levels", UserWarning, 2))))
print(repr(stderr_of(lambda: warnings.warn("levels kw", stacklevel=3))))
print(repr(stderr_of(lambda: warnings.warn("src", source=object()))))

# bad arguments
for args, kwargs in [(("x", str), {}), (("x", int), {}), (("x", "cat"), {}),
                     (("x",), {"stacklevel": "a"}), (("x", ValueError), {})]:
    try:
        warnings.warn(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
for call in [lambda: warnings.simplefilter("bogus"),
             lambda: warnings.simplefilter("ignore", lineno=-1),
             lambda: warnings.filterwarnings("ignore", category=int),
             lambda: warnings.filterwarnings("ignore", category="x"),
             lambda: warnings.filterwarnings("ignore", message=5),
             lambda: warnings.filterwarnings("ignore", module=None),
             lambda: warnings.filterwarnings("sometimes")]:
    try:
        call()
    except AssertionError as e:
        print("AssertionError", e)
print(describe_filters() == describe_filters())

# catch_warnings(record=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded")
    warnings.warn("recorded")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(FutureWarning("instance", 2))
    print("inside", describe_filters()[:1])
print(len(caught))
for w in caught:
    print(type(w).__name__, repr(w.message), str(w.message), w.category.__name__, w.filename,
          type(w.lineno).__name__, w.file, w.line, w.source)
    print(masked(str(w).replace("lineno : %s," % w.lineno, "lineno : N,")))
print("after", describe_filters() == [("default", None, "DeprecationWarning", "__main__", 0),
                                      ("ignore", None, "DeprecationWarning", None, 0),
                                      ("ignore", None, "PendingDeprecationWarning", None, 0),
                                      ("ignore", None, "ImportWarning", None, 0),
                                      ("ignore", None, "ResourceWarning", None, 0)])

cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
with cw as nothing:
    print("no record", nothing)
try:
    with cw:
        pass
except RuntimeError as e:
    print("RuntimeError", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)

# the actions


def run(action, messages, category=UserWarning):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for text in messages:
            warnings.warn(text, category)
    return [str(w.message) for w in log]


print("always", run("always", ["a", "a", "b", "a"]))
print("default", run("default", ["a", "a", "b", "a"]))
print("once", run("once", ["a", "a", "b", "a"]))
print("module", run("module", ["a", "a", "b", "a"]))
print("ignore", run("ignore", ["a", "b"]))
print("default again", run("default", ["a", "a"]))
try:
    run("error", ["boom"])
except UserWarning as e:
    print("error raised", type(e).__name__, e)
try:
    run("error", ["boom"], DeprecationWarning)
except Warning as e:
    print("error raised", type(e).__name__, e, e.args)

# (the sandbox cannot tell one source line from another: every warning below comes from
# the same line, in emit())


def emit(text, category=UserWarning):
    warnings.warn(text, category)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    emit("x")
    emit("x", RuntimeWarning)
    emit("x")
    warnings.simplefilter("default")   # a filter change shows warnings again
    emit("x")
print([(w.category.__name__, str(w.message)) for w in log])

# filterwarnings: message regex (case-insensitive, at the start), category, module, append
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", message=".*fatal")
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    warnings.filterwarnings("always", category=DeprecationWarning, module="__main__")
    warnings.filterwarnings("ignore", category=FutureWarning, module="other")
    print(describe_filters())
    for text, cat in [("skip me", UserWarning), ("SKIP ME", UserWarning), ("do not skip", UserWarning),
                      ("rt", RuntimeWarning), ("dep", DeprecationWarning), ("fut", FutureWarning)]:
        warnings.warn(text, cat)
    try:
        warnings.warn("this is fatal")
    except UserWarning as e:
        print("raised", e)
    warnings.filterwarnings("ignore", message="skip")   # moves to the front, no duplicate
    print(len(warnings.filters), describe_filters()[0])
    warnings.filterwarnings("error", message="late", append=True)
    warnings.filterwarnings("error", message="late", append=True)
    print(len(warnings.filters), describe_filters()[-1])
    warnings.simplefilter("ignore", UserWarning, append=True)
    print(describe_filters()[-1])
print([(w.category.__name__, str(w.message)) for w in log])

# resetwarnings and the default action
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    emit("after reset", DeprecationWarning)
    emit("after reset", DeprecationWarning)
    emit("pending", PendingDeprecationWarning)
    warnings.defaultaction = "always"
    emit("always now")
    emit("always now")
    warnings.defaultaction = "default"
print([(w.category.__name__, str(w.message)) for w in log])
print(warnings.defaultaction)

# catch_warnings(action=...)
with warnings.catch_warnings(record=True, action="ignore"):
    warnings.warn("silenced")
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("action=error", e)
    print(describe_filters()[0])
with warnings.catch_warnings(record=True, action="always") as log:
    warnings.warn("a")
    warnings.warn("a")
print(len(log))

# broken filters
with warnings.catch_warnings():
    warnings.filters.insert(0, "bad")
    try:
        warnings.warn("x")
    except ValueError as e:
        print("ValueError", e)
with warnings.catch_warnings():
    warnings.filters.insert(0, ("sometimes", None, Warning, None, 0))
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print("RuntimeError", e)

# showwarning and formatwarning
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10)))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "file.py", 10, "  old_call()  \n")))
print(repr(warnings.formatwarning(UserWarning("inst"), UserWarning, "f", "7", "")))
buf = io.StringIO()
warnings.showwarning("shown", RuntimeWarning, "mod.py", 3, file=buf)
warnings.showwarning("with line", RuntimeWarning, "mod.py", 4, buf, "x = 1")
print(repr(buf.getvalue()))
print(repr(stderr_of(lambda: warnings.showwarning("to stderr", UserWarning, "m.py", 1))))

calls = []


def my_showwarning(message, category, filename, lineno, file=None, line=None):
    calls.append((str(message), category.__name__, filename, type(lineno).__name__, file, line))


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_showwarning
    warnings.warn("custom")
    warnings.warn_explicit("explicit", UserWarning, "e.py", 5)
print(calls)
print(warnings.showwarning is my_showwarning, warnings.showwarning.__name__)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    saved_format = warnings.formatwarning
    warnings.formatwarning = lambda m, c, f, l, line=None: "[%s] %s\n" % (c.__name__, m)
    print(repr(stderr_of(lambda: warnings.warn("formatted"))))
    buf = io.StringIO()
    warnings.showwarning("direct", UserWarning, "x.py", 1, buf)
    print(repr(buf.getvalue()))
    warnings.formatwarning = saved_format

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = "not callable"
    try:
        warnings.warn("x")
    except TypeError as e:
        print("TypeError", e)

with warnings.catch_warnings(record=True) as log:
    warnings.showwarning = my_showwarning   # record=True replaced it, this replaces it again
    warnings.simplefilter("always")
    warnings.warn("goes to my_showwarning")
print(len(log), calls[-1])

# warn_explicit
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    registry = {}
    warnings.warn_explicit("explicit", UserWarning, "pkg/mod.py", 12, registry=registry)
    warnings.warn_explicit("explicit", UserWarning, "pkg/mod.py", 12, registry=registry)
    warnings.warn_explicit("explicit", UserWarning, "pkg/mod.py", 13, registry=registry)
    print(sorted((k for k in registry if k != "version"), key=repr))
    warnings.warn_explicit("no registry", UserWarning, "a.py", 1)
    warnings.warn_explicit("no registry", UserWarning, "a.py", 1)
    warnings.warn_explicit(RuntimeWarning("instance"), UserWarning, "a.py", 2)
    warnings.warn_explicit("module None", UserWarning, "a.py", 3, None)
    warnings.filterwarnings("ignore", module="skipped")
    warnings.warn_explicit("by module", UserWarning, "skipped.py", 4)
    warnings.warn_explicit("by module", UserWarning, "kept.py", 4)
    warnings.warn_explicit("given module", UserWarning, "x.py", 4, module="skipped.sub")
    warnings.filterwarnings("ignore", lineno=99)
    warnings.warn_explicit("line 99", UserWarning, "x.py", 99)
    warnings.warn_explicit("line 98", UserWarning, "x.py", 98)
    try:
        warnings.warn_explicit("line str", UserWarning, "x.py", "98")
    except TypeError as e:
        print("TypeError", e)
    warnings.simplefilter("once")
    warnings.warn_explicit("once", UserWarning, "x.py", 1)
    warnings.warn_explicit("once", UserWarning, "y.py", 2)
    warnings.warn_explicit("once", UserWarning, "y.py", 2, registry={})
    warnings.warn_explicit("once", UserWarning, "y.py", 2, registry={})
    warnings.simplefilter("module")
    reg = {}
    warnings.warn_explicit("mod", UserWarning, "x.py", 1, registry=reg)
    warnings.warn_explicit("mod", UserWarning, "x.py", 2, registry=reg)
    warnings.warn_explicit("mod", UserWarning, "x.py", 3, registry={})
    warnings.warn_explicit("mod", UserWarning, "x.py", 3)
    try:
        warnings.warn_explicit("bad registry", UserWarning, "x.py", 3, registry=[])
    except TypeError as e:
        print("TypeError", e)
    warnings.simplefilter("error")
    try:
        warnings.warn_explicit("err", DeprecationWarning, "x.py", 1)
    except DeprecationWarning as e:
        print("raised", repr(e))
print([(w.category.__name__, str(w.message), w.filename, w.lineno) for w in log])

# with file= of a WarningMessage
msg = warnings.WarningMessage("m", UserWarning, "f.py", 1)
print(str(msg), msg.file, msg.line, msg.source, warnings.WarningMessage._WARNING_DETAILS)
msg = warnings.WarningMessage(UserWarning("m"), UserWarning, "f.py", 1, None, "line")
print(str(msg))
print(str(warnings.WarningMessage("m", None, "f.py", 1)))

print(sorted(warnings.__all__))
print(warnings.filters == warnings.filters[:], len(warnings.filters))
