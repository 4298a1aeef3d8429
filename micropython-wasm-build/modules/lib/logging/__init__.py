"""logging: CPython 3.11's logging package in one module: getLogger (the dotted hierarchy,
root, propagation, placeholders, one object per name), Logger (debug, info, warning, warn,
error, exception, critical, fatal, log, setLevel, getEffectiveLevel, isEnabledFor,
addHandler, removeHandler, hasHandlers, addFilter, removeFilter, filter, disabled,
propagate, getChild, makeRecord, handle, findCaller), the levels and getLevelName,
addLevelName, getLevelNamesMapping, basicConfig (level, format, datefmt, style '%', '{' and
'$', stream, filename, filemode, handlers, force, encoding; errors as CPython), the
module-level debug ... critical, exception, log, warn, fatal, disable and shutdown,
Handler, StreamHandler, FileHandler, NullHandler, Formatter (fmt, datefmt, style, validate,
defaults, formatTime, formatException, formatStack, converter), BufferingFormatter, Filter,
Filterer, LoggerAdapter, LogRecord, makeLogRecord, get/setLogRecordFactory,
get/setLoggerClass, lastResort (no handler anywhere: WARNING and above are written to the
current sys.stderr as the bare message), raiseExceptions, captureWarnings, and the
PercentStyle, StrFormatStyle and StringTemplateStyle classes. exc_info=True (or an
exception, or a tuple) appends the traceback as CPython formats it, and messages are
formatted with msg % args as CPython, a single mapping argument included.

Differences: the sandbox cannot see the caller's frame, so every record has CPython's
"unknown caller" values: pathname, filename and module "(unknown file)", lineno 0,
funcName "(unknown function)"; stacklevel is accepted and has no effect, and stack_info=True
adds only the line "Stack (most recent call last):" (no frames). There are no threads or
processes: thread is 1, threadName "MainThread", processName "MainProcess", process 1. An
error while emitting a record (a bad format, a failing stream) is reported on sys.stderr
as CPython does ("--- Logging error ---", the traceback, "Message: ..." and "Arguments:
..."), except that the call stack part is CPython's fallback "Logged from file ..., line
..." line. Handlers have no locks (createLock sets lock to None) and are not closed at exit
(there is no atexit: StreamHandler and FileHandler flush after every record); shutdown()
flushes and closes the handlers of the known loggers, not every handler ever made.
FileHandler writes only where the sandbox lets the program write files; the errors argument
is kept but not given to open() (the sandbox's open() does not take it). Formatter.converter
may be time.localtime, time.gmtime or any one-argument function, set on a class or an
instance (in the sandbox those time functions are Python functions, not builtins). A
one-argument mapping is recognised as a dict or an instance of collections.abc.Mapping.
exc_info=True reads sys.exc_info(), which in the sandbox forgets the exception being
handled once any try or with statement has run inside the handler (emitting a record runs
one): log the exception first in a handler, or pass it (exc_info=err).
StreamHandler() takes sys.stderr when it is made, as CPython; the sandbox sends what is
written to its own stderr to a replacement sys.stderr, so such a handler also follows a later
redirection (CPython's keeps writing to the original stream).
Left out: logging.handlers, logging.config, the Handler name registry's weak references
(named handlers are kept).
"""

import sys
import time

__all__ = ["BASIC_FORMAT", "BufferingFormatter", "CRITICAL", "DEBUG", "ERROR", "FATAL",
           "FileHandler", "Filter", "Formatter", "Handler", "INFO", "LogRecord", "Logger",
           "LoggerAdapter", "NOTSET", "NullHandler", "StreamHandler", "WARN", "WARNING",
           "addLevelName", "basicConfig", "captureWarnings", "critical", "debug", "disable",
           "error", "exception", "fatal", "getLevelName", "getLogger", "getLoggerClass",
           "info", "log", "makeLogRecord", "setLoggerClass", "shutdown", "warn", "warning",
           "getLogRecordFactory", "setLogRecordFactory", "lastResort", "raiseExceptions",
           "getLevelNamesMapping"]

_startTime = time.time()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

# What the sandbox reports where CPython asks the running thread, process and caller.
_THREAD_ID = 1
_PROCESS_ID = 1
_UNKNOWN_CALLER = ("(unknown file)", 0, "(unknown function)")

#
# Levels
#

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: "CRITICAL",
    ERROR: "ERROR",
    WARNING: "WARNING",
    INFO: "INFO",
    DEBUG: "DEBUG",
    NOTSET: "NOTSET",
}
_nameToLevel = {
    "CRITICAL": CRITICAL,
    "FATAL": FATAL,
    "ERROR": ERROR,
    "WARN": WARNING,
    "WARNING": WARNING,
    "INFO": INFO,
    "DEBUG": DEBUG,
    "NOTSET": NOTSET,
}


def getLevelNamesMapping():
    """A copy of the mapping from level names to numbers."""
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a level number, the number of a level name, or "Level %s"."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Associate levelName with the number level (both ways)."""
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# No threads: the module lock of CPython is not needed.
def _acquireLock():
    pass


def _releaseLock():
    pass


def currentframe():
    """The caller's frame: unknown in the sandbox (None)."""
    return None


_srcfile = None


def _basename(path):
    return path[path.rfind("/") + 1:]


def _strip_extension(name):
    # os.path.splitext(name)[0] for a name without "/": leading dots are no extension.
    dot = name.rfind(".")
    if dot <= 0 or name[:dot].strip(".") == "":
        return name
    return name[:dot]


def _is_mapping(value):
    if isinstance(value, dict):
        return True
    if not hasattr(value, "keys"):
        return False
    from collections.abc import Mapping
    return isinstance(value, Mapping)


#
# LogRecord
#

class LogRecord(object):
    """One logged event: name, msg, args, levelname, levelno, pathname, filename, module,
    exc_info, exc_text, stack_info, lineno, funcName, created, msecs, relativeCreated,
    thread, threadName, processName, process; message and asctime once formatted."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and _is_mapping(args[0]) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        if isinstance(pathname, str):
            self.filename = _basename(pathname)
            self.module = _strip_extension(self.filename)
        else:
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (self.created - _startTime) * 1000
        if logThreads:
            self.thread = _THREAD_ID
            self.threadName = "MainThread"
        else:
            self.thread = None
            self.threadName = None
        if logMultiprocessing:
            self.processName = "MainProcess"
        else:
            self.processName = None
        if logProcesses:
            self.process = _PROCESS_ID
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                     self.lineno, self.msg)

    def getMessage(self):
        """str(msg) % args (str(msg) alone when there are no args)."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Set the callable that makes LogRecords."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable that makes LogRecords."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes are those of dict."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


#
# Formatter styles
#

def _is_word_char(ch):
    return ch.isalpha() or ch.isdigit() or ch == "_"


def _percent_field_at(fmt, i):
    # Does a %(name)... conversion start at fmt[i]? As CPython's pattern
    # %\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%] (ignoring case).
    n = len(fmt)
    k = i + 2
    start = k
    while k < n and _is_word_char(fmt[k]):
        k += 1
    if k == start or k >= n or fmt[k] != ")":
        return False
    k += 1
    while k < n and fmt[k] in "#0+ -":
        k += 1
    if k < n and fmt[k] == "*":
        k += 1
    else:
        while k < n and fmt[k].isdigit():
            k += 1
    if k + 1 < n and fmt[k] == "." and (fmt[k + 1] == "*" or fmt[k + 1].isdigit()):
        k += 1
        if fmt[k] == "*":
            k += 1
        else:
            while k < n and fmt[k].isdigit():
                k += 1
    return k < n and fmt[k] in "diouxefgcrsa%DIOUXEFGCRSA"


class PercentStyle(object):
    """Formats with fmt % record.__dict__."""

    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Check that the format has at least one %(name)s-style field."""
        fmt = self._fmt
        i = fmt.find("%(")
        while i >= 0:
            if _percent_field_at(fmt, i):
                return
            i = fmt.find("%(", i + 1)
        raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt,
                                                                 self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            values = dict(self._defaults)
            values.update(record.__dict__)
            return values
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError("Formatting field not found in record: %s" % e)


class StrFormatStyle(PercentStyle):
    """Formats with fmt.format(**record.__dict__)."""

    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """Check the fields, conversions and format specifications of the format."""
        import re
        from string import Formatter as StrFormatter

        fmt_spec = re.compile(r"^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?"
                              r"[bcdefgnosx%]?$", re.I)
        field_spec = re.compile(r"^(\d+|\w+)(\.\w+|\[[^]]+\])*$")
        fields = set()
        try:
            for _, fieldname, spec, conversion in StrFormatter().parse(self._fmt):
                if fieldname:
                    if not field_spec.match(fieldname):
                        raise ValueError("invalid field name/expression: %r" % fieldname)
                    fields.add(fieldname)
                if conversion and conversion not in "rsa":
                    raise ValueError("invalid conversion: %r" % conversion)
                if spec and not fmt_spec.match(spec):
                    raise ValueError("bad specifier: %r" % spec)
        except ValueError as e:
            raise ValueError("invalid format: %s" % e)
        if not fields:
            raise ValueError("invalid format: no fields")


def _is_identifier_start(ch):
    return ch == "_" or ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def _is_identifier_char(ch):
    return _is_identifier_start(ch) or ("0" <= ch <= "9")


class StringTemplateStyle(PercentStyle):
    """Formats with string.Template(fmt).substitute(**record.__dict__)."""

    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from string import Template
        self._tpl = Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find("$asctime") >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Check that the format has fields and no bare '$'."""
        fmt = self._fmt
        n = len(fmt)
        fields = set()
        i = fmt.find("$")
        while i >= 0:
            k = i + 1
            if k < n and fmt[k] == "$":
                k += 1
            elif k < n and _is_identifier_start(fmt[k]):
                while k < n and _is_identifier_char(fmt[k]):
                    k += 1
                fields.add(fmt[i + 1:k])
            elif k + 1 < n and fmt[k] == "{" and _is_identifier_start(fmt[k + 1]):
                end = k + 1
                while end < n and _is_identifier_char(fmt[end]):
                    end += 1
                if end < n and fmt[end] == "}":
                    fields.add(fmt[k + 1:end])
                    k = end + 1
                else:
                    raise ValueError("invalid format: bare '$' not allowed")
            else:
                raise ValueError("invalid format: bare '$' not allowed")
            i = fmt.find("$", k)
        if not fields:
            raise ValueError("invalid format: no fields")

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
    "$": (StringTemplateStyle, "${levelname}:${name}:${message}"),
}


class Formatter(object):
    """Turns a LogRecord into text with a format string (styles '%', '{', '$'), formatting
    the creation time with datefmt (time.strftime) and appending exception and stack
    information."""

    converter = staticmethod(time.localtime)

    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def _converter(self):
        # self.converter would make a method of a Python function set on the class (as
        # time.gmtime is in the sandbox): take it from the instance, else from the class.
        converter = self.__dict__.get("converter")
        if converter is None:
            converter = type(self).converter
        return converter

    def formatTime(self, record, datefmt=None):
        """The record's creation time, with datefmt or as '%Y-%m-%d %H:%M:%S,mmm'."""
        ct = self._converter()(record.created)
        if datefmt:
            s = time.strftime(datefmt, ct)
        else:
            s = time.strftime(self.default_time_format, ct)
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """The traceback of the exception information ei, without its last newline."""
        import traceback
        s = "".join(traceback.format_exception(ei[0], ei[1], ei[2]))
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        """Whether the format uses asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """The stack information as text (as given)."""
        return stack_info

    def format(self, record):
        """Set record.message (and record.asctime when the format uses it), format the
        record, then append its exception text and stack information."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a list of records: header, each record with linefmt, footer."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


#
# Filters
#

class Filter(object):
    """Lets through the records of the logger named name and its descendants (every
    record when name is empty)."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        elif self.name == record.name:
            return True
        elif record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer(object):
    """The filters of a logger or handler: Filter objects or callables."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """True if every filter lets the record through."""
        for f in self.filters:
            if hasattr(f, "filter"):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


#
# Handlers
#

_handlers = {}


class Handler(Filterer):
    """Sends records somewhere: a level, filters and a formatter; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        if self._name in _handlers:
            del _handlers[self._name]
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        """Format with the handler's formatter, or the default one (%(message)s)."""
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        """Emit the record if the filters let it through; returns what the filters said."""
        rv = self.filter(record)
        if rv:
            # No lock to hold (no threads), and no try statement: in the sandbox one clears
            # sys.exc_info() of the handler that is logging.
            self.acquire()
            self.emit(record)
            self.release()
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name and self._name in _handlers:
            del _handlers[self._name]

    def handleError(self, record):
        """Report an error raised while emitting record on sys.stderr (if raiseExceptions)."""
        if raiseExceptions and sys.stderr:
            t, v, tb = sys.exc_info()
            if tb is None and v is not None:
                tb = v.__traceback__
            try:
                import traceback
                stderr = sys.stderr
                stderr.write("--- Logging error ---\n")
                traceback.print_exception(t, v, tb, None, stderr)
                stderr.write("Call stack:\n")
                stderr.write("Logged from file %s, line %s\n" % (record.filename, record.lineno))
                try:
                    stderr.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
                except RecursionError:
                    raise
                except Exception:
                    stderr.write("Unable to print the message and arguments - possible "
                                 "formatting error.\nUse the traceback above to help find "
                                 "the error.\n")
            except OSError:
                pass

    def __repr__(self):
        level = getLevelName(self.level)
        return "<%s (%s)>" % (self.__class__.__name__, level)


def _stream_name(stream):
    if stream is sys.__stderr__:
        return "<stderr>"
    if stream is sys.__stdout__:
        return "<stdout>"
    name = getattr(stream, "name", "")
    return "" if name is None else str(name)


class StreamHandler(Handler):
    """Writes each formatted record and a newline (terminator) to a stream (default: the
    sys.stderr of when the handler was made)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Use stream from now on; returns the old stream, or None if it is the same."""
        if stream is self.stream:
            return None
        result = self.stream
        self.flush()
        self.stream = stream
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = _stream_name(self.stream)
        if name:
            name += " "
        return "<%s %s(%s)>" % (self.__class__.__name__, name, level)


class FileHandler(StreamHandler):
    """Writes records to a file, opened with mode (default 'a') now or, with delay, at the
    first record."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        import os
        filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode and encoding is None:
            self.encoding = "locale"
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        if self.stream:
            self.flush()
            stream = self.stream
            self.stream = None
            if hasattr(stream, "close"):
                stream.close()
        StreamHandler.close(self)

    def _open(self):
        if self.encoding is None or self.encoding == "locale":
            return open(self.baseFilename, self.mode)
        return open(self.baseFilename, self.mode, encoding=self.encoding)

    def emit(self, record):
        if self.stream is None:
            if self.mode != "w" or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        level = getLevelName(self.level)
        return "<%s %s (%s)>" % (self.__class__.__name__, self.baseFilename, level)


class _StderrHandler(StreamHandler):
    """A StreamHandler on whatever sys.stderr is when a record comes."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """A handler that does nothing (for libraries)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


#
# Loggers and the manager of the hierarchy
#

class PlaceHolder(object):
    """Stands in the hierarchy for a logger not yet made that has descendants."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    """Set the class getLogger() makes new loggers with (a subclass of Logger)."""
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger() makes new loggers with."""
    return _loggerClass


class Manager(object):
    """Holds the hierarchy of loggers (loggerDict) under root."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """The logger called name, made (and linked into the hierarchy) if needed."""
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        if name in self.loggerDict:
            rv = self.loggerDict[name]
            if isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)
                self._fixupParents(rv)
        else:
            rv = (self.loggerClass or _loggerClass)(name)
            rv.manager = self
            self.loggerDict[name] = rv
            self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        for logger in self.loggerDict.values():
            if isinstance(logger, Logger):
                logger._cache.clear()
        self.root._cache.clear()


class Logger(Filterer):
    """A named logging channel: a level, handlers, filters, a parent to propagate to."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        """Set the level (a number or a level name)."""
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """error() with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args at the integer level."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            else:
                return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, lineno, function name, stack text): unknown in the sandbox."""
        sinfo = None
        if stack_info:
            sinfo = "Stack (most recent call last):"
        return _UNKNOWN_CALLER + (sinfo,)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        """Make a LogRecord (with the attributes of extra)."""
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        # sys.exc_info() first: in the sandbox, any try statement run before would clear it.
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
            if len(exc_info) == 3 and exc_info[2] is None and exc_info[1] is not None:
                # The sandbox's sys.exc_info() has no traceback: the exception has it.
                if exc_info[1] is sys.exc_info()[1]:
                    exc_info = (exc_info[0], exc_info[1], exc_info[1].__traceback__)
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra,
                                 sinfo)
        self.handle(record)

    def handle(self, record):
        """Pass the record to the handlers, unless disabled or filtered out."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if not (hdlr in self.handlers):
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Whether this logger or an ancestor it propagates to has handlers."""
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                break
            c = c.parent
        return False

    def callHandlers(self, record):
        """Give the record to the handlers of this logger and of the ancestors it propagates
        to (each by its level); with none at all, to lastResort."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level set (not NOTSET) going up from this logger."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record of level would be handled (level, disable())."""
        if self.disabled:
            return False
        cache = self._cache
        if level in cache:
            return cache[level]
        if self.manager.disable >= level:
            is_enabled = cache[level] = False
        else:
            is_enabled = cache[level] = (level >= self.getEffectiveLevel())
        return is_enabled

    def getChild(self, suffix):
        """The logger named self.name + '.' + suffix."""
        if self.root is not self:
            suffix = ".".join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    """The root of the hierarchy, named "root"."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add contextual information: process() sets kwargs["extra"]."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


#
# Configuration and the module-level functions (on the root logger)
#

def basicConfig(**kwargs):
    """Configure the root logger once (or again with force=True): a StreamHandler on stream
    (default sys.stderr), a FileHandler on filename (filemode), or the given handlers, with
    a Formatter of format, datefmt and style; and the level."""
    force = kwargs.pop("force", False)
    encoding = kwargs.pop("encoding", None)
    errors = kwargs.pop("errors", "backslashreplace")
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        else:
            if "stream" in kwargs or "filename" in kwargs:
                raise ValueError("'stream' or 'filename' should not be specified together "
                                 "with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", "a")
            if filename:
                if "b" in mode:
                    errors = None
                h = FileHandler(filename, mode, encoding=encoding, errors=errors)
            else:
                stream = kwargs.pop("stream", None)
                h = StreamHandler(stream)
            handlers = [h]
        dfs = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", "%")
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
        fs = kwargs.pop("format", _STYLES[style][1])
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            keys = ", ".join(kwargs.keys())
            raise ValueError("Unrecognised argument(s): %s" % keys)


def getLogger(name=None):
    """The logger called name (the root logger for None or "")."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Ignore every record of level and below, whatever the loggers' levels."""
    root.manager.disable = level
    root.manager._clear_cache()


def _known_handlers():
    found = []
    for logger in [root] + list(Logger.manager.loggerDict.values()):
        for h in getattr(logger, "handlers", ()):
            if h not in found:
                found.append(h)
    return found


def shutdown(handlerList=None):
    """Flush and close the handlers of the known loggers (or those of handlerList)."""
    if handlerList is None:
        handlerList = _known_handlers()
    for h in reversed(handlerList[:]):
        if callable(h) and not isinstance(h, Handler):
            h = h()   # a weak reference, as in CPython's list
        if h:
            try:
                h.acquire()
                h.flush()
                h.close()
            except (OSError, ValueError):
                pass
            finally:
                h.release()


#
# Warnings integration
#

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
    else:
        import warnings
        s = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning(str(s))


def captureWarnings(capture):
    """With capture, warnings go to the "py.warnings" logger; without, back to showwarning."""
    import warnings
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning
            _warnings_showwarning = None
