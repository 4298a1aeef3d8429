# OSError numbers are Linux's, as CPython on Linux shows them (patch 0102)
import errno
import os
for name in ("EPERM", "ENOENT", "EACCES", "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "EROFS",
             "ENOSPC", "ENOTEMPTY", "EAGAIN", "EPIPE", "ETIMEDOUT", "ECONNREFUSED", "ELOOP"):
    print(name, getattr(errno, name), errno.errorcode[getattr(errno, name)])
try:
    open("/no/such/file.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.errno == errno.ENOENT, e.strerror, e.filename)
    print(e)
try:
    os.listdir("/no/such/dir")
except FileNotFoundError as e:
    print("listdir:", e.errno, e)
try:
    os.stat("/missing")
except OSError as e:
    print("stat:", type(e).__name__, e.errno)
for code in (1, 2, 13, 17, 20, 21, 11, 32, 110, 111, 104, 103, 4, 22):
    e = OSError(code, "text")
    print(code, type(e).__name__, e.errno, e)
print(str(FileNotFoundError(2, "No such file or directory", "x.csv")))
print(OSError(999, "odd").errno, type(OSError(999, "odd")).__name__)
