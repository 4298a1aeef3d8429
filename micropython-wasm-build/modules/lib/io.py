"""io: MicroPython's built-in io (as `uio`: open, IOBase) with StringIO and BytesIO as CPython
code uses them: write() returns the number of characters (bytes for BytesIO), read(None),
readline(size), readlines, writelines, truncate, iteration, seek/tell, getvalue, closed,
readable/writable/seekable, isatty, the with statement, print(file=...), and io.SEEK_*,
DEFAULT_BUFFER_SIZE and UnsupportedOperation.

StringIO and BytesIO are io.IOBase classes around MicroPython's own buffers (`uio.StringIO`,
`uio.BytesIO`), so C code (print, json.dump) writes to them through their methods.
Left out: TextIOWrapper, BufferedReader/Writer, FileIO, the newline argument of StringIO.
seek() and tell() on a StringIO count UTF-8 bytes, not characters (the same for ASCII text); an
invalid seek is OSError(EINVAL) as for MicroPython's files (CPython: ValueError). MicroPython's
extensions stay: write(buf, length), write(buf, offset, length), BytesIO(capacity).
"""

from uio import *
import uio as _uio

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError):
    pass


class _MemoryIO(IOBase):
    # The common part of StringIO and BytesIO; self._buffer is the MicroPython buffer.

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def read(self, size=-1):
        self._check_open()
        return self._buffer.read(-1 if size is None or size < 0 else size)

    def readline(self, size=-1):
        self._check_open()
        line = self._buffer.readline()
        if size is not None and 0 <= size < len(line):
            # Give back what was read beyond size.
            rest = line[size:]
            self._buffer.seek(self._buffer.tell() - len(self._encoded(rest)))
            line = line[:size]
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check_open()
        return self._buffer.getvalue()

    def seek(self, pos, whence=0):
        # An invalid position is MicroPython's OSError(EINVAL), as for files (CPython: ValueError).
        self._check_open()
        return self._buffer.seek(pos, whence)

    def tell(self):
        self._check_open()
        return self._buffer.tell()

    def truncate(self, size=None):
        """Cut the buffer at size (default: the current position); the position stays."""
        self._check_open()
        position = self._buffer.tell()
        if size is None:
            size = position
        if size < 0:
            raise ValueError("negative size value %d" % size)
        data = self._encoded(self._buffer.getvalue())
        if size < len(data):
            self._buffer = self._new_buffer(data[:size])
            self._buffer.seek(position)
        return size

    def flush(self):
        self._check_open()

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, buf):
        # C-level reads (the stream protocol) come here.
        data = self._encoded(self._buffer.read(len(buf)))
        buf[:len(data)] = data
        return len(data)


def _extended(data, args):
    # MicroPython's stream write(buf, length) and write(buf, offset, length).
    if len(args) == 1:
        return data[:args[0]]
    offset, length = args
    return data[offset:offset + length]


class StringIO(_MemoryIO):
    """An in-memory text stream."""

    def __repr__(self):
        return "<io.StringIO object at 0x%x>" % id(self)

    def __init__(self, initial_value=""):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._closed = False
        self._buffer = _uio.StringIO(initial_value)

    @staticmethod
    def _encoded(text):
        return text.encode()

    @staticmethod
    def _new_buffer(data):
        return _uio.StringIO(data.decode())

    def write(self, s, *args):
        self._check_open()
        if args:
            s = _extended(s, args)
        if isinstance(s, (bytearray, memoryview)):
            # From C code (print(file=...)): UTF-8 bytes, counted in bytes.
            data = bytes(s)
            self._buffer.write(data.decode())
            return len(data)
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        self._buffer.write(s)
        return len(s)


class BytesIO(_MemoryIO):
    """An in-memory binary stream."""

    def __init__(self, initial_bytes=b""):
        self._closed = False
        # An int is MicroPython's initial capacity (CPython raises TypeError).
        self._buffer = _uio.BytesIO(initial_bytes if initial_bytes else b"")

    def __repr__(self):
        return "<io.BytesIO object at 0x%x>" % id(self)

    @staticmethod
    def _encoded(data):
        return data

    @staticmethod
    def _new_buffer(data):
        return _uio.BytesIO(data)

    def write(self, b, *args):
        # No allocation on the way (MicroPython code writes to a BytesIO with the heap locked).
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if args:
            b = _extended(b, args)
        return self._buffer.write(b)

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        return memoryview(self.getvalue())
