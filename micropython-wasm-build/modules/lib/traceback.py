"""traceback: extract, format and print tracebacks as CPython 3.11 does: print_exc, format_exc,
print_exception, format_exception (the 3.10+ single-exception form and the (type, value, tb)
form, limit=, chain=), format_exception_only, print_tb, format_tb, extract_tb, print_list,
format_list, walk_tb, print_last (ValueError: the sandbox keeps no last exception),
clear_frames, FrameSummary, StackSummary (extract, from_list, format, format_frame_summary)
and TracebackException (from_exception, format, format_exception_only, print, stack,
exc_type, __cause__, __context__, __suppress_context__, __notes__, the SyntaxError fields).
Chained exceptions print "The above exception was the direct cause of the following
exception:" / "During handling of the above exception, another exception occurred:" as
CPython, and runs of one repeated entry end in "[Previous line repeated N more times]".

Differences: the sandbox keeps no source text, so a traceback shows no source lines (as
CPython run with `python3 -c`), FrameSummary.line is '' and a SyntaxError shows no text or
caret; the location of a SyntaxError found by the compiler comes from its traceback (the
sandbox's SyntaxError has no filename/lineno/text attributes). Frames have no f_back and
there is no sys._getframe: print_stack, format_stack, extract_stack and walk_stack see only
the frame they are given (none when called without one, so print_stack() prints nothing).
capture_locals records nothing (frames have no f_locals). Exception groups are left out (the
sandbox has none). The sandbox's sys.exc_info() has None for the traceback: print_exc,
format_exc and print_exception/format_exception given (type, value, None) for the exception
being handled use value.__traceback__. The sandbox's sys.exc_info() also forgets the exception
being handled once any try or with statement has run inside the handler (this module's own
functions run one): call print_exc()/format_exc() first in a handler, or pass the exception.
A SyntaxError's message is the sandbox compiler's, which can differ from CPython's.
"""

import sys

__all__ = [
    "extract_stack", "extract_tb", "format_exception", "format_exception_only",
    "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
    "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
    "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb",
]

_cause_message = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_context_message = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")

_RECURSIVE_CUTOFF = 3


#
# Formatting and printing lists of traceback entries.
#

def print_list(extracted_list, file=None):
    """Print a list of FrameSummary objects or (filename, lineno, name, line) tuples as a
    stack trace to file (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects or tuples: one string per entry."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to limit entries of the traceback tb to file (default sys.stderr)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of the traceback tb, oldest first."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


#
# Exception formatting and output.
#

class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _handled_traceback(value, tb):
    # The sandbox's sys.exc_info() has None for the traceback: for the exception being
    # handled, (type, value, None) means value's own traceback.
    if tb is None and value is not None and sys.exc_info()[1] is value:
        return value.__traceback__
    return tb


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError("Exception expected for value, %s found" % type(exc).__name__)
        return None, None
    return value, _handled_traceback(value, tb)


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print an exception, its traceback (up to limit entries) and, with chain, its cause or
    context, to file (default sys.stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception() would print, as a list of strings ending in newlines."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, value=_sentinel):
    """The last lines of a traceback: 'Type: message' (with a SyntaxError's location first),
    then the exception's __notes__."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, "exception")
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return "<%s %s() failed>" % (what, func.__name__)


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (print_exception(*sys.exc_info()))."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as print_exc() prints it, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """print_exception(sys.last_type, sys.last_value, sys.last_traceback)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


#
# Stacks: the sandbox has no sys._getframe and frames have no f_back.
#

def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame f (the sandbox sees only f itself; nothing without f)."""
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of frame f and its callers, oldest first (here: f alone, or empty)."""
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the frames' local variables (nothing to do in the sandbox)."""
    while tb is not None:
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) for f and the frames that called it (f only in the sandbox)."""
    while f is not None:
        yield f, f.f_lineno
        f = getattr(f, "f_back", None)


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of the traceback tb, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class FrameSummary:
    """One entry of a stack: filename, lineno, name, line (and locals, None here)."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        # Unhashable, as a class with __eq__ is in CPython.
        raise TypeError("unhashable type: '%s'" % type(self).__name__)

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file %s, line %s in %s>" % (self.filename, self.lineno, self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        # No source text in the sandbox: '' as CPython's linecache gives for "<string>".
        if self._line is None:
            if self.lineno is None:
                return None
            return ""
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary from (frame, lineno) pairs (walk_tb, walk_stack)."""
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        entries = []
        for f, lineno in frame_gen:
            if limit is not None and 0 <= limit <= len(entries):
                break
            entries.append((f, lineno))
            if limit is not None and limit < 0 and len(entries) > -limit:
                del entries[0]
        result = klass()
        for f, lineno in entries:
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False))
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: '  File "f", line n, in name' (and its line, if given)."""
        row = ['  File "%s", line %s, in %s\n' % (
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append("    %s\n" % frame_summary.line.strip())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    %s = %s\n" % (name, value))
        return "".join(row)

    def format(self):
        """One string per entry; a run of one entry repeated more than three times shows
        three and then '[Previous line repeated N more times]'."""
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename
                    or last_line is None or last_line != frame_summary.lineno
                    or last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(count):
    return "  [Previous line repeated %d more time%s]\n" % (count, "s" if count > 1 else "")


def _is_note_sequence(notes):
    return isinstance(notes, (list, tuple, str, range))


def _compiler_location(exc_value):
    # A SyntaxError the sandbox's compiler raised has its location as the traceback's last
    # entry, one without a block name: (filename, lineno), or None.
    tb = getattr(exc_value, "__traceback__", None)
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is not None and last.tb_frame.f_code.co_name is None:
        return last.tb_frame.f_code.co_filename, last.tb_lineno
    return None


class TracebackException:
    """An exception ready for rendering: its stack (a StackSummary), type, str() and
    chained __cause__ / __context__ (TracebackException objects too)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15,
                 max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.exceptions = None

        stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)

        if exc_type and issubclass(exc_type, SyntaxError):
            self._syntax_error_fields(exc_value, stack)
        self.stack = stack
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None

        if not is_recursive_call:
            # A queue, not recursion, for long chains (only the top-level call has _seen None).
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                    cause = TracebackException(
                        type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals, max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                else:
                    cause = None
                if compact:
                    need_context = (cause is None and e is not None
                                    and not e.__suppress_context__)
                else:
                    need_context = True
                if (e is not None and e.__context__ is not None and need_context
                        and id(e.__context__) not in _seen):
                    context = TracebackException(
                        type(e.__context__), e.__context__, e.__context__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals, max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                else:
                    context = None
                te.__cause__ = cause
                te.__context__ = context
                if cause:
                    queue.append((te.__cause__, e.__cause__))
                if context:
                    queue.append((te.__context__, e.__context__))

    def _syntax_error_fields(self, exc_value, stack):
        args = getattr(exc_value, "args", ())
        details = ()
        if len(args) == 2 and isinstance(args[1], tuple):
            details = args[1]
        fields = ("filename", "lineno", "offset", "text", "end_lineno", "end_offset")
        values = {}
        for i, field in enumerate(fields):
            value = getattr(exc_value, field, None)
            if value is None and i < len(details):
                value = details[i]
            values[field] = value
        location = _compiler_location(exc_value)
        if location is not None:
            if values["filename"] is None:
                values["filename"] = location[0]
            if values["lineno"] is None:
                values["lineno"] = location[1]
            # The location is no frame: it is printed with the message, as CPython does.
            if stack and stack[-1].name is None:
                del stack[-1]
        self.filename = values["filename"]
        lno = values["lineno"]
        self.lineno = str(lno) if lno is not None else None
        end_lno = values["end_lineno"]
        self.end_lineno = str(end_lno) if end_lno is not None else None
        self.text = values["text"]
        self.offset = values["offset"]
        self.end_offset = values["end_offset"]
        msg = getattr(exc_value, "msg", None)
        if msg is None and args:
            msg = args[0]
        self.msg = msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exc and its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        # Unhashable, as a class with __eq__ is in CPython.
        raise TypeError("unhashable type: '%s'" % type(self).__name__)

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the exception's last lines: the SyntaxError location if any, 'Type:
        message', then the __notes__."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = getattr(self.exc_type, "__qualname__", self.exc_type.__name__)
        smod = getattr(self.exc_type, "__module__", "builtins")
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + "." + stype

        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if _is_note_sequence(self.__notes__):
            for note in self.__notes__:
                note = _safe_string(note, "note")
                for line in note.split("\n"):
                    yield line + "\n"
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, "__notes__", func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ""
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = " (%s)" % self.filename
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    %s\n" % ltext
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = "".join(c if c.isspace() else " " for c in ltext[:colno])
                    yield "    %s%s\n" % (caretspace, "^" * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "%s: %s%s\n" % (stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the whole traceback: the chained exceptions first (with chain),
        then this one; the last string is the 'Type: message' line (or the notes)."""
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield "Traceback (most recent call last):\n"
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the result of format() to file (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
