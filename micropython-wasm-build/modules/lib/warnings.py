"""warnings: warn, warn_explicit, showwarning, formatwarning, filterwarnings, simplefilter,
resetwarnings, catch_warnings (record=True gives WarningMessage objects; action, category,
lineno and append as in 3.11), filters, defaultaction, onceregistry and the actions "error",
"ignore", "always", "default", "module" and "once" with CPython's registries (a filter change
makes every warning show again). The default filters are CPython's: DeprecationWarning shown
for __main__, ignored elsewhere, PendingDeprecationWarning, ImportWarning and ResourceWarning
ignored. Replacing warnings.showwarning or warnings.formatwarning is honoured.

The Warning classes (Warning, UserWarning, DeprecationWarning, ... EncodingWarning) are
builtins, as in CPython (the interpreter installs them from _pybuiltins); this module takes
them from builtins, and would define any that were missing.

Differences: the sandbox cannot see the caller's frame (no sys._getframe), so warn() reports
every warning at filename "<string>" (the name the sandbox gives the program), line 0, module
"__main__", whatever the stacklevel: the default output is "<string>:0: UserWarning: msg"
where CPython gives the caller's line, and the "default" action shows a warning once per
message and category rather than once per source line (like "module"). No source line is
printed under the message (as CPython run with `python3 -c`); warn_explicit's module_globals
is accepted and not used. With source=..., the message ends with CPython's "Enable
tracemalloc" line (there is no tracemalloc). sys.warnoptions (-W) is not read. An exception
raised by the "error" action has this module's frames in its traceback.
"""

import sys
import builtins as _builtins

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]


def _category(name, base):
    # The builtin class if the sandbox has one, else a new one shown as a builtin.
    cls = getattr(_builtins, name, None)
    if cls is None:
        cls = type(name, (base,), {"__module__": "builtins"})
        setattr(_builtins, name, cls)
    return cls


Warning = _category("Warning", Exception)
UserWarning = _category("UserWarning", Warning)
DeprecationWarning = _category("DeprecationWarning", Warning)
PendingDeprecationWarning = _category("PendingDeprecationWarning", Warning)
SyntaxWarning = _category("SyntaxWarning", Warning)
RuntimeWarning = _category("RuntimeWarning", Warning)
FutureWarning = _category("FutureWarning", Warning)
ImportWarning = _category("ImportWarning", Warning)
UnicodeWarning = _category("UnicodeWarning", Warning)
BytesWarning = _category("BytesWarning", Warning)
ResourceWarning = _category("ResourceWarning", Warning)
EncodingWarning = _category("EncodingWarning", Warning)

# Where warn() says a warning comes from: the sandbox cannot see the caller's frame.
_CALLER_FILENAME = "<string>"
_CALLER_LINENO = 0
_CALLER_MODULE = "__main__"
# The __warningregistry__ of that caller.
_caller_registry = {}


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (default sys.stderr); replace it to show warnings elsewhere."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """The standard text of a warning: 'filename:lineno: Category: message' and a newline."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        s += "%s: Enable tracemalloc to get the object allocation traceback\n" % category
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert a filter (at the front, or at the end with append): action for warnings whose
    message matches the regular expression message (case-insensitive, at the start), of a
    subclass of category, from a module matching module, at lineno (0: any line)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    if message:
        message = re.compile(message, re.I)
    else:
        message = None
    if module:
        module = re.compile(module)
    else:
        module = None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter that matches every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter already there moves to the front; with append it stays where it is.
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (the default action then applies to all warnings)."""
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning (a message of category, default UserWarning, or a Warning instance):
    show it, ignore it or raise it, as the filters say."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    if not isinstance(stacklevel, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(stacklevel).__name__)
    warn_explicit(message, category, _CALLER_FILENAME, _CALLER_LINENO, _CALLER_MODULE,
                  _caller_registry, None, source)


_NO_MODULE = object()


def _already_warned(registry, key, should_set):
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        # A plain string (the default filters') must match exactly.
        return pattern == text
    return bool(pattern.match(text))


def _get_filter(category, text, lineno, module):
    if not isinstance(filters, list):
        raise ValueError("_warnings.filters must be a list")
    for i in range(len(filters)):
        item = filters[i]
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            return action, item
    return defaultaction, None


def warn_explicit(message, category, filename, lineno, module=_NO_MODULE, registry=None,
                  module_globals=None, source=None):
    """Issue a warning with an explicit location; registry (a dict) records what was shown."""
    if not isinstance(lineno, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(lineno).__name__)
    if module is None:
        return
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is _NO_MODULE:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return

    action, item = _get_filter(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return

    # Record that this warning was shown, except for "always".
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if registry is None:
                registry = onceregistry
            if _already_warned(registry, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class WarningMessage(object):
    """A warning as showwarning() gets it: message, category, filename, lineno, file, line,
    source."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that saves the filters and showwarning() and restores them on exit;
    with record=True, it returns a list that collects the WarningMessage of each warning
    shown. action (with category, lineno, append) calls simplefilter() on entry."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules[__name__] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules[__name__]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # The default showwarning(), so that _showwarnmsg() calls _showwarnmsg_impl().
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1

filters.append(("default", None, DeprecationWarning, "__main__", 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
filters.append(("ignore", None, ImportWarning, None, 0))
filters.append(("ignore", None, ResourceWarning, None, 0))
