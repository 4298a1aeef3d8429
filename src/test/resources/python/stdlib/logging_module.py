# logging: loggers and their hierarchy, levels, handlers, formatters (three styles), filters,
# basicConfig, the module-level functions, lastResort, LoggerAdapter, exceptions in records.
import io
import sys
import time
import logging


def _own_filename():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__.tb_frame.f_code.co_filename


# CPython (python3 -c) and the sandbox's test harness call this script "<string>"; a runner
# that runs it from a file gives another name: print it as "<string>" too.
OWN = _own_filename()


def clean(text):
    return text.replace('"%s"' % OWN, '"<string>"')


def capture_stderr(action):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        action()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


def buffered(fmt="%(levelname)s|%(name)s|%(message)s", level=logging.NOTSET, **kwargs):
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(fmt, **kwargs))
    return handler, buf


def take(buf):
    text = buf.getvalue()
    buf.seek(0)
    buf.truncate()
    return text


# Nothing configured: lastResort writes WARNING and above, the bare message, to sys.stderr.
app = logging.getLogger("app")
print(repr(logging.lastResort), logging.lastResort.level, logging.root.handlers)


def unconfigured():
    app.debug("debug %s", "hidden")
    app.info("info hidden")
    app.warning("bare %s", "message")
    app.error("an error: %d", 42)
    app.critical("critical!")
    app.log(logging.WARNING, "via log")
    app.log(15, "level 15 hidden")


print(repr(capture_stderr(unconfigured)))
saved_last_resort = logging.lastResort
logging.lastResort = None
print(repr(capture_stderr(lambda: app.warning("no last resort"))))
logging.lastResort = saved_last_resort
print(logging.root.handlers, app.hasHandlers(), logging.root.hasHandlers())

# The first module-level call configures the root logger on the sys.stderr of the moment.
print(repr(capture_stderr(lambda: logging.warning("module level %s", "warning"))))
print(logging.root.handlers, logging.root.level, logging.root.handlers[0].formatter._fmt)
print(repr(capture_stderr(lambda: logging.info("info is below WARNING"))))

# levels
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
for value in [50, 40, 30, 20, 10, 0, 25, "DEBUG", "WARN", "FATAL", "NOPE", None, 5.5]:
    print(repr(value), repr(logging.getLevelName(value)))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelNamesMapping()["NOTICE"])
print(sorted(logging.getLevelNamesMapping().items()))
probe = logging.getLogger("probe")
for level in ["INFO", 35, "BOGUS", "info", 1.5, None, [10]]:
    try:
        probe.setLevel(level)
        print("setLevel", repr(level), probe.level, probe.getEffectiveLevel())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
probe.setLevel(logging.NOTSET)

# the hierarchy
print(logging.getLogger() is logging.root, logging.getLogger("") is logging.root,
      logging.getLogger("root") is logging.root, logging.getLogger(None) is logging.root)
print(logging.getLogger("app") is app, logging.getLogger("app.db") is logging.getLogger("app.db"))
abc = logging.getLogger("a.b.c")
print(abc.name, abc.parent.name, type(logging.Logger.manager.loggerDict["a.b"]).__name__)
a = logging.getLogger("a")
print(abc.parent is a, a.parent is logging.root)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a)
abx = logging.getLogger("a.bx")
print(abx.parent is a, logging.getLogger("a.b.c.d").parent is abc)
print(a.getChild("b") is ab, a.getChild("b.c") is abc, logging.root.getChild("a") is a)
print(repr(abc), repr(logging.root), repr(app))
try:
    logging.getLogger(42)
except TypeError as e:
    print("TypeError", e)
print(isinstance(abc, logging.Logger), type(logging.root).__name__, logging.Logger.root is logging.root)

# effective levels, isEnabledFor, disable
a.setLevel(logging.ERROR)
print(a.getEffectiveLevel(), ab.getEffectiveLevel(), abc.getEffectiveLevel(), app.getEffectiveLevel())
print(abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR), app.isEnabledFor(logging.WARNING))
ab.setLevel("DEBUG")
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), repr(abc))
logging.disable(logging.INFO)
print(abc.isEnabledFor(logging.INFO), abc.isEnabledFor(logging.WARNING), logging.root.manager.disable)
logging.disable()
print(abc.isEnabledFor(logging.CRITICAL), abc.isEnabledFor(logging.CRITICAL + 1))
logging.disable(logging.NOTSET)
print(abc.isEnabledFor(logging.DEBUG))
try:
    logging.disable("NOPE")
except ValueError as e:
    print("ValueError", e)
abc.disabled = True
print(abc.isEnabledFor(logging.CRITICAL))
abc.disabled = False
a.setLevel(logging.NOTSET)
ab.setLevel(logging.NOTSET)

# handlers on the hierarchy
handler_a, buf_a = buffered()
handler_root, buf_root = buffered("root saw %(name)s: %(message)s")
logging.root.handlers = []
logging.root.addHandler(handler_root)
a.addHandler(handler_a)
a.addHandler(handler_a)
print(len(a.handlers), a.hasHandlers(), abc.hasHandlers())
abc.setLevel(logging.DEBUG)
abc.debug("from %s", "abc")
abc.info("info")
a.warning("from a")
logging.getLogger("other").warning("other logger")
print(repr(take(buf_a)), repr(take(buf_root)))
a.propagate = False
abc.error("not past a")
print(repr(take(buf_a)), repr(take(buf_root)), logging.getLogger("a.q").hasHandlers())
a.propagate = True
handler_a.setLevel(logging.ERROR)
abc.warning("under the handler level")
abc.error("at the handler level")
print(repr(take(buf_a)), repr(take(buf_root)))
handler_a.setLevel(logging.NOTSET)
a.removeHandler(handler_a)
a.removeHandler(handler_a)
abc.error("handler removed")
print(repr(take(buf_a)), repr(take(buf_root)), a.handlers)
abc.disabled = True
abc.critical("disabled logger")
abc.disabled = False
print(repr(take(buf_root)))
abc.setLevel(logging.NOTSET)
print(repr(handler_a), handler_a.name, handler_a.level)
handler_a.name = "console"
print(handler_a.name, handler_a.get_name(), repr(handler_a))

# filters
handler_f, buf_f = buffered("%(name)s:%(message)s")
flt = logging.getLogger("flt")
flt.addHandler(handler_f)
flt.propagate = False
only_ab = logging.Filter("flt.a.b")
for name, expected in [("", True), ("flt.a.b", True), ("flt.a.b.c", True), ("flt.a.bc", False), ("flt.a", False), ("x", False)]:
    record = logging.makeLogRecord({"name": name})
    print(repr(name), only_ab.filter(record), logging.Filter().filter(record), logging.Filter("").nlen)
handler_f.addFilter(only_ab)
logging.getLogger("flt.a.b").warning("kept")
logging.getLogger("flt.a.b.c").warning("kept too")
logging.getLogger("flt.a.bc").warning("dropped")
handler_f.removeFilter(only_ab)
handler_f.removeFilter(only_ab)
flt.addFilter(lambda record: "secret" not in record.getMessage())
flt.warning("public")
flt.warning("a secret")


class Redactor(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.replace("password", "********")
        return True


redactor = Redactor()
flt.addFilter(redactor)
flt.addFilter(redactor)
print(len(flt.filters))
flt.warning("my password is x")
print(flt.filter(logging.makeLogRecord({"msg": "a secret"})), flt.filter(logging.makeLogRecord({"msg": "ok"})))
print(repr(take(buf_f)))

# records
records = []


class ListHandler(logging.Handler):
    def emit(self, record):
        records.append(record)


rec_logger = logging.getLogger("rec")
rec_logger.propagate = False
rec_logger.setLevel(logging.DEBUG)
list_handler = ListHandler()
rec_logger.addHandler(list_handler)
rec_logger.info("hello %s, you are %d", "bob", 42)
rec_logger.debug("a dict: %(x)s %(y)r", {"x": 1, "y": "two"})
rec_logger.info("an empty dict %s", {})
rec_logger.info("a list %s", [1, 2])
rec_logger.info("a tuple %s", (1, 2))
rec_logger.info(12345)
rec_logger.info("no args %s")
rec_logger.warning("extra", extra={"user": "alice", "ip": "10.0.0.1"})
rec_logger.log(25, "custom level")
for r in records:
    print(r.name, r.levelname, r.levelno, repr(r.msg), repr(r.args), repr(r.getMessage()),
          r.exc_info, r.exc_text, r.stack_info, getattr(r, "user", "-"))
r = records[0]
print(type(r.created).__name__, type(r.msecs).__name__, type(r.relativeCreated).__name__,
      type(r.lineno).__name__, type(r.funcName).__name__, type(r.pathname).__name__,
      type(r.filename).__name__, type(r.module).__name__, type(r.thread).__name__,
      r.threadName, r.processName, type(r.process).__name__)
print(r.msecs == int((r.created - int(r.created)) * 1000), r.relativeCreated >= 0, abs(r.created - time.time()) < 60)
for key in ["message", "asctime", "name", "levelno", "msg"]:
    try:
        rec_logger.info("x", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)
record = logging.LogRecord("direct", logging.INFO, "/path/to/module.py", 42, "msg %s", ("x",), None, "func")
print(record.name, record.levelname, record.pathname, record.filename, record.module, record.lineno,
      record.funcName, record.getMessage(), repr(record))
for path in ["/a/b/c.tar.gz", "plain", ".hidden", "dir/.profile.sh", "x.", "/"]:
    rec2 = logging.LogRecord("p", 10, path, 1, "m", (), None)
    print(repr(rec2.filename), repr(rec2.module))
rec3 = logging.LogRecord("p", 10, None, 1, "m", (), None)
print(rec3.filename, rec3.module)
rec4 = logging.makeLogRecord({"name": "made", "msg": "value %s", "args": (7,), "levelno": 40, "levelname": "ERROR", "custom": True})
print(rec4.name, rec4.getMessage(), rec4.levelno, rec4.custom, rec4.exc_info, repr(rec4.pathname), rec4.lineno)
print(logging.getLogRecordFactory() is logging.LogRecord)
records.clear()


def factory(*args, **kwargs):
    record = logging.LogRecord(*args, **kwargs)
    record.tag = "made by factory"
    return record


logging.setLogRecordFactory(factory)
rec_logger.info("with factory")
logging.setLogRecordFactory(logging.LogRecord)
print(records[-1].tag, records[-1].getMessage())
try:
    rec_logger.log("INFO", "level as str")
except TypeError as e:
    print("TypeError", e)
rec_logger.removeHandler(list_handler)

# Formatter: the three styles, validation, defaults, time
record = logging.LogRecord("fmt.test", logging.WARNING, "/src/app.py", 7, "value=%s", (3,), None, "run")
record.created = 1234567890.5
record.msecs = 500.0
formats = [
    (None, "%"), ("%(levelname)-8s|%(name)s|%(message)s", "%"), ("%(levelno)03d %(lineno)d %(funcName)s %(module)s %(filename)s", "%"),
    ("%(asctime)s %(message)s", "%"), ("%(message)r %(msecs)d %%", "%"), ("%(name)10.3s|", "%"),
    (None, "{"), ("{levelname:>10}|{name!r}|{message}", "{"), ("{asctime} {msecs:03.0f} {lineno}", "{"),
    (None, "$"), ("$levelname ${name}: $message $$5", "$"), ("${asctime}|$message", "$"),
]
for fmt, style in formats:
    f = logging.Formatter(fmt, style=style)
    if hasattr(record, "asctime"):
        del record.asctime
    print(repr(fmt), style, repr(f.format(record)), f.usesTime(), repr(f._fmt))
print(repr(logging.Formatter("%(asctime)s", datefmt="%d/%m/%Y %H-%M-%S").format(record)))
print(repr(logging.Formatter("{asctime}", "%H:%M", "{").format(record)))
f = logging.Formatter()
print(f.formatTime(record), f.formatTime(record, "%Y"), f.datefmt, f.converter is time.localtime)


class UTCFormatter(logging.Formatter):
    converter = time.gmtime
    default_msec_format = "%s.%03d"


print(UTCFormatter("%(asctime)s").format(record))


class NoMsecs(logging.Formatter):
    default_time_format = "%H:%M:%S"
    default_msec_format = None


print(NoMsecs("%(asctime)s").format(record))
g = logging.Formatter("%(asctime)s")
g.converter = time.gmtime
g.default_msec_format = "%s+%03d"
print(g.format(record), g.formatTime(record))
record.created = 0.25
record.msecs = 250.0
print(logging.Formatter().formatTime(record))

for args, kwargs in [(("%(message)",), {}), (("no fields",), {}), (("%(a)",), {}), (("%(a)z",), {}),
                     (("%(a)5.2f %(b)",), {}), (("%(a)*.*d",), {}), (("%(a)-#0 +5d",), {}), (("%()s",), {}),
                     (("%(a)s",), {"style": "x"}), (("{",), {"style": "{"}), (("{a!x}",), {"style": "{"}),
                     (("{a:zz}",), {"style": "{"}), (("{a.b[c]:>{w}}",), {"style": "{"}), (("plain",), {"style": "{"}),
                     (("{a b}",), {"style": "{"}), (("{}",), {"style": "{"}), (("{0}",), {"style": "{"}),
                     (("$",), {"style": "$"}), (("plain",), {"style": "$"}), (("$$",), {"style": "$"}),
                     (("${a",), {"style": "$"}), (("$1",), {"style": "$"}), (("${a}x $b_2",), {"style": "$"}),
                     (("%(message)",), {"validate": False})]:
    try:
        f = logging.Formatter(*args, **kwargs)
        print("ok", repr(f._fmt), type(f._style).__name__)
    except ValueError as e:
        print("ValueError", e)
for fmt, style in [("%(nope)s", "%"), ("{nope}", "{"), ("$nope", "$")]:
    try:
        logging.Formatter(fmt, style=style).format(record)
    except ValueError as e:
        print("ValueError", e)
with_defaults = logging.Formatter("%(ip)s %(message)s", defaults={"ip": "0.0.0.0"})
print(with_defaults.format(record))
record.ip = "1.2.3.4"
print(with_defaults.format(record))
print(logging.Formatter("{ip} {message}", style="{", defaults={"ip": "-", "message": "ignored"}).format(record))
del record.ip

# exceptions in records


def fail():
    raise ValueError("bad value")


exc_handler, exc_buf = buffered("%(levelname)s:%(message)s")
exc_logger = logging.getLogger("exc")
exc_logger.propagate = False
exc_logger.addHandler(exc_handler)
try:
    fail()
except ValueError:
    exc_logger.exception("it failed: %s", "details")
try:
    fail()
except ValueError:
    exc_logger.error("with exc_info", exc_info=True)
try:
    fail()
except ValueError:
    exc_logger.warning("with sys.exc_info()", exc_info=sys.exc_info())
try:
    fail()
except ValueError as e:
    kept = e
exc_logger.info("with an exception object", exc_info=kept)
exc_logger.info("with a tuple", exc_info=(type(kept), kept, kept.__traceback__))
exc_logger.info("with a tuple and no traceback", exc_info=(type(kept), kept, None))
exc_logger.error("outside a handler", exc_info=True)
exc_logger.exception("exception() outside a handler")
exc_logger.error("exc_info=False", exc_info=False)
try:
    try:
        fail()
    except ValueError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError:
    exc_logger.critical("chained", exc_info=True)
print(clean(take(exc_buf)))

stack_records = []
exc_logger.addHandler(ListHandler())
exc_logger.handlers[-1].emit = stack_records.append
exc_logger.warning("with stack", stack_info=True)
exc_logger.warning("stacklevel", stacklevel=2)
print(stack_records[0].stack_info.splitlines()[0], stack_records[1].stack_info)
text = take(exc_buf)
print(text.splitlines()[:2])
exc_logger.handlers.pop()


class OwnText(logging.Formatter):
    def formatException(self, ei):
        return "EXC<%s>" % ei[0].__name__

    def formatStack(self, stack_info):
        return "STACK"


exc_handler.setFormatter(OwnText("%(message)s"))
try:
    fail()
except ValueError:
    exc_logger.error("custom", exc_info=True, stack_info=True)
print(repr(take(exc_buf)))
rec = logging.makeLogRecord({"msg": "cached", "exc_info": (ValueError, ValueError("v"), None)})
print(repr(OwnText().format(rec)), repr(rec.exc_text), repr(logging.Formatter().format(rec)))
rec = logging.makeLogRecord({"msg": "ends with newline\n", "exc_text": "EXC"})
print(repr(logging.Formatter().format(rec)))

# errors while emitting: reported on stderr, the program goes on


def summary(text):
    keep = ("---", "TypeError", "ValueError", "KeyError", "OSError", "Message", "Arguments", "Unable")
    return [line for line in text.splitlines() if line.startswith(keep)]


err_handler, err_buf = buffered()
err_logger = logging.getLogger("err")
err_logger.propagate = False
err_logger.addHandler(err_handler)
print(summary(capture_stderr(lambda: err_logger.warning("%s and %s", "only one"))))
print(summary(capture_stderr(lambda: err_logger.warning("%(missing)s", {"present": 1}))))
err_handler.setFormatter(logging.Formatter("%(nofield)s"))
print(summary(capture_stderr(lambda: err_logger.warning("fine"))))


class BrokenStream:
    def write(self, text):
        raise OSError("disk full")


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")

    def __str__(self):
        raise RuntimeError("no str")


broken = logging.StreamHandler(BrokenStream())
err_logger.handlers = [broken]
print(summary(capture_stderr(lambda: err_logger.error("lost"))))
print(summary(capture_stderr(lambda: err_logger.error(BadRepr()))))
logging.raiseExceptions = False
print(repr(capture_stderr(lambda: err_logger.error("silently lost"))))
logging.raiseExceptions = True
print(repr(take(err_buf)))

# handlers
h = logging.Handler()
print(repr(h), h.formatter, h.filters, h.name)
try:
    h.handle(logging.makeLogRecord({}))
except NotImplementedError as e:
    print("NotImplementedError", e)
h.setLevel("WARNING")
print(repr(h), h.format(logging.makeLogRecord({"msg": "default %s", "args": ("fmt",)})))
h.acquire()
h.release()
h.flush()
h.close()
stream_handler = logging.StreamHandler()
print(repr(stream_handler), stream_handler.stream is sys.stderr, stream_handler.terminator == "\n")
buf1 = io.StringIO()
buf2 = io.StringIO()
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.StreamHandler(buf1)))
sh = logging.StreamHandler(buf1)
print(sh.setStream(buf1), sh.setStream(buf2) is buf1, sh.stream is buf2)
sh.terminator = " <end>\n"
sh.handle(logging.makeLogRecord({"msg": "terminated", "levelno": 0}))
print(repr(buf2.getvalue()))
null_logger = logging.getLogger("null")
null_logger.propagate = False
null_logger.addHandler(logging.NullHandler())
print(repr(capture_stderr(lambda: null_logger.error("into the void"))), null_logger.hasHandlers())
print(repr(logging.NullHandler()), logging.NullHandler().lock)
try:
    logging.FileHandler("/nonexistent/dir/app.log")
except OSError as e:
    print(type(e).__name__, e)
delayed = logging.FileHandler("/nonexistent/dir/app.log", mode="w", delay=True)
print(repr(delayed), delayed.stream, delayed.mode, delayed.baseFilename, delayed.encoding, delayed.delay)
try:
    delayed.handle(logging.makeLogRecord({"msg": "x"}))
except OSError as e:
    print(type(e).__name__, e)
delayed.close()
print(delayed.stream, delayed._closed)
print(issubclass(logging.FileHandler, logging.StreamHandler), issubclass(logging.StreamHandler, logging.Handler),
      issubclass(logging.Handler, logging.Filterer), issubclass(logging.Logger, logging.Filterer))

# BufferingFormatter
bf = logging.BufferingFormatter()
recs = [logging.makeLogRecord({"msg": "one"}), logging.makeLogRecord({"msg": "two"})]
print(repr(bf.format(recs)), repr(bf.format([])))


class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "[%d records]\n" % len(records)

    def formatFooter(self, records):
        return "[end]"


print(repr(Framed(logging.Formatter("- %(message)s\n")).format(recs)))

# LoggerAdapter
ad_handler, ad_buf = buffered("%(levelname)s %(message)s [%(user)s]")
ad_logger = logging.getLogger("adapted")
ad_logger.propagate = False
ad_logger.addHandler(ad_handler)
adapter = logging.LoggerAdapter(ad_logger, {"user": "carol"})
adapter.info("hello %s", "there")
adapter.warning("warned")
adapter.error("error")
adapter.critical("critical")
adapter.log(logging.WARNING, "logged")
adapter.debug("debug is below WARNING")
try:
    fail()
except ValueError:
    adapter.exception("adapter exception")
print(clean(take(ad_buf)))
print(repr(adapter), adapter.name, adapter.manager is logging.Logger.manager, adapter.getEffectiveLevel(),
      adapter.isEnabledFor(logging.INFO), adapter.hasHandlers(), adapter.extra)
adapter.setLevel(logging.DEBUG)
adapter.debug("now shown")
print(ad_logger.level, repr(take(ad_buf)))


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["conn"], msg), kwargs


prefixed = Prefixed(logging.getLogger("adapted"), {"conn": 7})
print(summary(capture_stderr(lambda: prefixed.info("no user field"))), repr(take(ad_buf)))
ad_handler.setFormatter(logging.Formatter("%(message)s"))
prefixed.info("prefixed %d", 1)
nested = Prefixed(logging.LoggerAdapter(ad_logger, {}), {"conn": 8})
nested.warning("through two adapters")
print(repr(take(ad_buf)))

# basicConfig
main_buf = io.StringIO()
logging.basicConfig(stream=main_buf, level=logging.INFO, format="%(levelname)s %(message)s", force=True)
print(logging.root.level, logging.root.handlers, len(logging.root.handlers))
logging.debug("debug hidden")
logging.info("info %s", "shown")
logging.warning("warning")
logging.error("error")
logging.critical("critical")
logging.fatal("fatal")
logging.log(25, "notice")
logging.getLogger("child.logger").info("propagated")
try:
    fail()
except ValueError:
    logging.exception("module-level exception")
logging.basicConfig(stream=io.StringIO(), format="ignored %(message)s")
logging.info("second basicConfig ignored")
print(clean(take(main_buf)))

logging.basicConfig(stream=main_buf, format="{levelname}:{name}:{message}", style="{", force=True)
logging.warning("brace style")
logging.getLogger("x").error("named")
logging.basicConfig(stream=main_buf, format="$levelname/$message", style="$", force=True)
logging.warning("dollar style")
logging.basicConfig(stream=main_buf, style="{", force=True)
logging.warning("default brace format")
logging.basicConfig(stream=main_buf, style="$", force=True)
logging.warning("default dollar format")
logging.basicConfig(stream=main_buf, force=True, level="DEBUG")
logging.debug("level as a name")
logging.basicConfig(stream=main_buf, format="%(asctime)s %(message)s", datefmt="%Y", force=True)
logging.root.handlers[0].addFilter(lambda record: setattr(record, "created", 86400.0 * 365) or True)
logging.warning("with datefmt")
h1, b1 = buffered("h1 %(message)s")
h2 = logging.StreamHandler(b1)
logging.basicConfig(handlers=[h1, h2], format="h2 %(message)s", force=True)
logging.warning("two handlers")
print(repr(take(main_buf)), repr(take(b1)), h2.formatter._fmt, logging.root.level)
for kwargs in [{"stream": main_buf, "filename": "x.log"}, {"handlers": [h1], "stream": main_buf},
               {"handlers": [h1], "filename": "x.log"}, {"style": "x"}, {"stream": main_buf, "colour": True, "size": 1},
               {"format": "%(bad)"}]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print("ValueError", e)
logging.root.handlers = []
print(repr(capture_stderr(lambda: (logging.basicConfig(), logging.warning("default config")))))
print(repr(capture_stderr(lambda: logging.basicConfig(level=logging.DEBUG))), logging.root.level)
logging.root.setLevel(logging.WARNING)

# the deprecated warn()
warn_handler, warn_buf = buffered()
logging.basicConfig(handlers=[warn_handler], force=True)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    logging.warn("deprecated function")
    logging.getLogger("w").warn("deprecated method")
    logging.LoggerAdapter(logging.getLogger("w"), {}).warn("deprecated adapter method")
print(repr(take(warn_buf)), [(w.category.__name__, str(w.message)) for w in caught])

# captureWarnings
capture_handler, capture_buf = buffered("%(name)s %(levelname)s %(message)r")
logging.getLogger("py.warnings").addHandler(capture_handler)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    logging.captureWarnings(True)
    warnings.warn("captured", RuntimeWarning)
    other = io.StringIO()
    warnings.showwarning("to a file", UserWarning, "f.py", 3, file=other)
    logging.captureWarnings(False)
    print(repr(other.getvalue()))
import re
print(re.sub(r"<string>:\d+:", "<string>:N:", take(capture_buf)))

# shutdown
closing, closing_buf = buffered()
closer = logging.getLogger("closer")
closer.addHandler(closing)
closing.close = lambda: print("closed", repr(closing))
closing.flush = lambda: print("flushed")
logging.shutdown()
del closing.close, closing.flush   # CPython calls shutdown() again at exit (the sandbox does not)
print(logging.getLoggerClass() is logging.Logger)


class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("made.by.mine")).__name__, type(logging.getLogger("closer")).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError", e)
print(sorted(logging.__all__) == sorted(set(logging.__all__)), len(logging.__all__), logging.BASIC_FORMAT)
