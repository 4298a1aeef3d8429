# The OSError subclasses, raised by errno, and file errors naming the file (patches 0051, 0052).
import errno

for name, code in [("FileNotFoundError", errno.ENOENT), ("FileExistsError", errno.EEXIST), ("PermissionError", errno.EACCES),
                   ("PermissionError", errno.EPERM), ("IsADirectoryError", errno.EISDIR), ("NotADirectoryError", errno.ENOTDIR),
                   ("TimeoutError", errno.ETIMEDOUT), ("BrokenPipeError", errno.EPIPE), ("ConnectionAbortedError", errno.ECONNABORTED),
                   ("ConnectionRefusedError", errno.ECONNREFUSED), ("ConnectionResetError", errno.ECONNRESET), ("InterruptedError", errno.EINTR),
                   ("BlockingIOError", errno.EAGAIN), ("BlockingIOError", errno.EINPROGRESS), ("ChildProcessError", errno.ECHILD),
                   ("ProcessLookupError", errno.ESRCH), ("OSError", errno.EINVAL)]:
    e = OSError(code, "text")
    print(name, type(e).__name__ == name, isinstance(e, OSError), e.args == (code, "text"))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError), IOError is OSError, EnvironmentError is OSError)


def text(e):
    # Justified difference: errno numbers are the platform's (WASI's ENOENT is 44), so the
    # number in "[Errno N]" is shown as its errno name; the rest is CPython's text.
    return str(e).replace("[Errno %d]" % e.errno, "[Errno %s]" % errno.errorcode[e.errno])


print(text(OSError(errno.ENOENT, "No such file or directory", "f.txt")), repr(OSError("plain")), str(OSError(1)), str(OSError()))
print(text(OSError(errno.EEXIST, "File exists", "a", None, "b")), FileNotFoundError("x").errno, OSError("a", "b").errno)
try:
    raise FileNotFoundError(errno.ENOENT, "No such file or directory", "cfg.ini")
except OSError as e:
    print(type(e).__name__, e.filename, e.strerror, len(e.args), text(e))
