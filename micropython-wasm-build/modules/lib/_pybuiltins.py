"""Builtins written in Python, which the interpreter installs in builtins when it starts
(port/main.c installs every name in __all__): the Warning classes, and BaseExceptionGroup and
ExceptionGroup (PEP 654, Python 3.11). Their __module__ is "builtins", so they print as
CPython's do (<class 'UserWarning'>).

Warning and its subclasses form CPython's hierarchy (warnings.warn and the filters are the
warnings module's).

BaseExceptionGroup and ExceptionGroup, as CPython: the constructor checks its arguments with
CPython's errors, BaseExceptionGroup returns an ExceptionGroup when every exception is an
Exception, and message, exceptions, args, str(), repr(), subgroup(), split() and derive()
behave as documented; split and subgroup keep the group's __cause__, __context__ and
__notes__ on the groups they make. Left out: the ``except*`` syntax, and a traceback shows a
group as "ExceptionGroup: message (2 sub-exceptions)" without drawing each sub-exception's
traceback under it as CPython does.
"""

__all__ = [
    "Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning",
    "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
    "ResourceWarning", "EncodingWarning", "BaseExceptionGroup", "ExceptionGroup",
]


class Warning(Exception):
    __module__ = "builtins"


class UserWarning(Warning):
    __module__ = "builtins"


class DeprecationWarning(Warning):
    __module__ = "builtins"


class PendingDeprecationWarning(Warning):
    __module__ = "builtins"


class SyntaxWarning(Warning):
    __module__ = "builtins"


class RuntimeWarning(Warning):
    __module__ = "builtins"


class FutureWarning(Warning):
    __module__ = "builtins"


class ImportWarning(Warning):
    __module__ = "builtins"


class UnicodeWarning(Warning):
    __module__ = "builtins"


class BytesWarning(Warning):
    __module__ = "builtins"


class ResourceWarning(Warning):
    __module__ = "builtins"


class EncodingWarning(Warning):
    __module__ = "builtins"


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda exc: isinstance(exc, condition)
    if isinstance(condition, tuple) and all(
        isinstance(c, type) and issubclass(c, BaseException) for c in condition
    ):
        return lambda exc: isinstance(exc, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


def _is_sequence(obj):
    # CPython's PySequence_Check: built-in sequences, and classes with __getitem__ but not dicts
    if isinstance(obj, (list, tuple, range, str, bytes, bytearray)):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    return hasattr(type(obj), "__getitem__")


class BaseExceptionGroup(BaseException):
    __module__ = "builtins"

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s" % type(message).__name__)
        if not _is_sequence(exceptions):
            raise TypeError("second argument (exceptions) must be a sequence")
        items = tuple(exceptions)
        if not items:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, exc in enumerate(items):
            if not isinstance(exc, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
        all_exceptions = all(isinstance(exc, Exception) for exc in items)
        if cls is BaseExceptionGroup and all_exceptions:
            cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exceptions:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = super().__new__(cls)
        # the arguments, also when __init__ is not called (a BaseExceptionGroup(...) call that
        # returns an ExceptionGroup)
        BaseException.__init__(self, message, exceptions)
        self._message = message
        self._exceptions = items
        return self

    def __init__(self, message, exceptions):
        super().__init__(message, exceptions)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return "%s (%d sub-exception%s)" % (self._message, n, "" if n == 1 else "s")

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self._message, self.args[1])

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derive_keeping_context(self, excs):
        group = self.derive(excs)
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        group.__traceback__ = self.__traceback__
        notes = getattr(self, "__notes__", None)
        if notes is not None:
            group.__notes__ = list(notes)
        return group

    def split(self, condition):
        matches = _matcher(condition)
        if matches(self):
            return self, None
        matched = []
        rest = []
        for exc in self._exceptions:
            if isinstance(exc, BaseExceptionGroup):
                match, other = exc.split(condition)
                if match is not None:
                    matched.append(match)
                if other is not None:
                    rest.append(other)
            elif matches(exc):
                matched.append(exc)
            else:
                rest.append(exc)
        match_group = self._derive_keeping_context(matched) if matched else None
        rest_group = self._derive_keeping_context(rest) if rest else None
        return match_group, rest_group

    def subgroup(self, condition):
        return self.split(condition)[0]

    def __class_getitem__(cls, item):
        return cls


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"
