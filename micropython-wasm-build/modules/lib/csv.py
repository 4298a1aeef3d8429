"""csv: reader, writer, DictReader, DictWriter and dialects, following CPython 3.11's _csv
state machine: delimiter, quotechar, escapechar, doublequote, skipinitialspace,
lineterminator, quoting (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE) and strict;
quotes and newlines inside fields; the excel, excel-tab and unix dialects;
register_dialect, get_dialect, list_dialects, unregister_dialect, field_size_limit.

Left out: Sniffer (it guesses dialects with regular expressions). DictReader rows are
plain dicts, in the order MicroPython's dict keeps.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "DictReader", "DictWriter"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

__version__ = "1.0"


class Error(Exception):
    pass


_field_limit = 128 * 1024


def field_size_limit(*args):
    """The maximum field size the reader accepts; with an argument, set it (returns the old)."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """Describes a CSV dialect; subclass it and set the attributes."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _Settings(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of Excel-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of Excel-generated TAB-delimited files."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """The usual properties of CSV files generated on UNIX systems."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {}


def _char_param(name, value, default, allow_none):
    if value is None:
        if allow_none:
            return None
        value = default
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__)
                        if allow_none else
                        '"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Settings:
    """A validated dialect: the reader's and writer's .dialect attribute."""

    def __init__(self, dialect=None, **fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in fmtparams:
                return fmtparams[name]
            if dialect is not None and getattr(dialect, name, None) is not None:
                return getattr(dialect, name)
            return default

        for name in fmtparams:
            if name not in ("delimiter", "quotechar", "escapechar", "doublequote",
                            "skipinitialspace", "lineterminator", "quoting", "strict"):
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        quoting = pick("quoting", None)
        if quoting is None:
            # No quoting given: quotechar=None alone means QUOTE_NONE.
            quoting = QUOTE_NONE if "quotechar" in fmtparams and fmtparams["quotechar"] is None else QUOTE_MINIMAL
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        delimiter = pick("delimiter", ",")
        if not isinstance(delimiter, str):
            raise TypeError('"delimiter" must be string, not %s' % type(delimiter).__name__)
        if len(delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        self.delimiter = delimiter
        quotechar = fmtparams["quotechar"] if "quotechar" in fmtparams else (
            getattr(dialect, "quotechar", '"') if dialect is not None else '"')
        if quotechar is not None:
            quotechar = _char_param("quotechar", quotechar, '"', True)
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        self.quotechar = quotechar
        self.escapechar = _char_param("escapechar", pick("escapechar", None), None, True)
        self.doublequote = bool(pick("doublequote", True))
        self.skipinitialspace = bool(pick("skipinitialspace", False))
        lineterminator = pick("lineterminator", "\r\n")
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lineterminator
        self.strict = bool(pick("strict", False))


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Settings(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# Reader states, as _csv.c names them.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8
_EOL = None  # the end of an input line


class _Reader:
    def __init__(self, lines, dialect, fmtparams):
        self.dialect = _Settings(dialect, **fmtparams)
        self.line_num = 0
        self._input = iter(lines)

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            try:
                field = float(field)
            except ValueError:
                raise ValueError("could not convert string to float: %r" % field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)  # (after an escaped newline the state stays, as in _csv.c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open "
                            "the file with newline=''?")

    def _simple_fields(self, line):
        # The fields of a line the state machine would split plainly (no quote or escape
        # characters, no line breaks inside, no float conversion), else None.
        d = self.dialect
        text = line.rstrip("\r\n")
        if ("\r" in text or "\n" in text or d.quoting == QUOTE_NONNUMERIC or len(text) > _field_limit
                or (d.skipinitialspace and d.delimiter == " ")
                or (d.quotechar is not None and d.quotechar in text)
                or (d.escapechar is not None and d.escapechar in text)):
            return None
        if not text:
            return []
        fields = text.split(d.delimiter)
        if d.skipinitialspace:
            fields = [f.lstrip(" ") for f in fields]
        return fields

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened "
                            "in text mode)" % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD:
                fields = self._simple_fields(line)
                if fields is not None:
                    return fields
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


def reader(csvfile, dialect=None, **fmtparams):
    """An iterator over the rows (lists of strings) of the lines in csvfile."""
    return _Reader(csvfile, dialect, fmtparams)


def _is_number(value):
    if isinstance(value, (int, float, bool, complex)):
        return True
    return (hasattr(value, "__float__") or hasattr(value, "__int__") or hasattr(value, "__index__"))


class _Writer:
    def __init__(self, fileobj, dialect, fmtparams):
        self.dialect = _Settings(dialect, **fmtparams)
        if not hasattr(fileobj, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write

    def _append(self, out, field, quoted, first):
        d = self.dialect
        chars = []
        if field is not None:
            special = (d.delimiter, d.escapechar, d.quotechar)
            for c in field:
                if c in special or c in d.lineterminator:
                    want_escape = False
                    if d.quoting == QUOTE_NONE:
                        want_escape = True
                    else:
                        if c == d.quotechar:
                            if d.doublequote:
                                chars.append(d.quotechar)
                            else:
                                want_escape = True
                        elif c == d.escapechar:
                            want_escape = True
                        if not want_escape:
                            quoted = True
                    if want_escape:
                        if d.escapechar is None:
                            raise Error("need to escape, but no escapechar set")
                        chars.append(d.escapechar)
                chars.append(c)
        if not first:
            out.append(d.delimiter)
        if quoted:
            out.append(d.quotechar)
        out.extend(chars)
        if quoted:
            out.append(d.quotechar)

    def writerow(self, row):
        """Write one row (an iterable of fields); returns what the file's write returns."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        out = []
        count = 0
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is not None and not isinstance(field, str):
                field = str(field)
            self._append(out, field, quoted, count == 0)
            count += 1
        if count == 1 and not "".join(out):
            # A single empty field must be written quoted, or the row would read as empty.
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out = []
            self._append(out, None, True, True)
        out.append(d.lineterminator)
        return self._write("".join(out))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect=None, **fmtparams):
    """A writer of rows to csvfile (anything with a write(str) method)."""
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    """Reads rows as dicts keyed by fieldnames (by default the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # reads the header row
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        extrasaction = extrasaction.lower()
        if extrasaction not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [key for key in rowdict if key not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
