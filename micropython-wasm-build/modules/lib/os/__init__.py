"""os: MicroPython's built-in os (as `uos`), re-exported whole, with os.path and the
constants CPython code reads (name, sep, curdir, pardir, extsep, altsep, pathsep, linesep,
devnull, SEEK_*), fspath, and environ/getenv/putenv/unsetenv when the built-in os has none.

Everything the built-in os offers is available here unchanged (files through the host's
mounts, urandom, ...); a name the built-in module gains later is found through it too.
"""

from uos import *
import uos as _uos

from . import path

name = "posix"
sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
linesep = "\n"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

# The built-in os makes environ on first use (an attribute `import *` does not copy): the
# variables the host gave the session, else empty.
environ = getattr(_uos, "environ", None)
if environ is None:
    environ = {}

if "getenv" not in globals():
    def getenv(key, default=None):
        """environ[key], or default."""
        return environ.get(key, default)

if "putenv" not in globals():
    def putenv(key, value):
        """Accepted; as in CPython, os.environ does not change (there are no child processes)."""
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError("str expected")

if "unsetenv" not in globals():
    def unsetenv(key):
        """Accepted; as in CPython, os.environ does not change."""
        if not isinstance(key, str):
            raise TypeError("str expected")


def fspath(path):
    """The str or bytes path of path (or of its __fspath__())."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(path, "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    result = method()
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(path).__name__, type(result).__name__))
    return result


def __getattr__(attr):
    # Names the built-in os gained after this module was imported.
    return getattr(_uos, attr)
