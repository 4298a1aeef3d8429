"""os.path: POSIX path operations (CPython's posixpath): join, split, splitext, basename,
dirname, normpath, abspath, realpath, relpath, isabs, commonprefix, commonpath, splitdrive,
normcase, expanduser, expandvars, and exists, lexists, isfile, isdir, islink, getsize,
getmtime, getatime, getctime, samefile through os.stat.

The file queries see only what the host mounted into the sandbox. There are no symbolic
links to resolve (realpath is abspath, islink is False); expanduser uses HOME from
os.environ when there is one.
"""

import uos as _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(p, "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return method()


def _seps(p):
    return (b"/", b".", b"..", b"") if isinstance(p, bytes) else ("/", ".", "..", "")


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join path components; a component starting with / discards those before it."""
    a = _fspath(a)
    sep = _seps(a)[0]
    path = a
    for b in p:
        b = _fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """(head, tail): tail is everything after the last /, head the rest without trailing /."""
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows, unless the dot leads the name."""
    p = _fspath(p)
    sep, dot = _seps(p)[0], _seps(p)[1]
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    """Collapse redundant separators and up-level references (A//B, A/./B, A/foo/../B)."""
    path = _fspath(path)
    sep, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    # POSIX allows one or two initial slashes, but treats three or more as one.
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    new_comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def relpath(path, start=None):
    """path relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    sep, dot, dotdot, empty = _seps(path)
    if start is None:
        start = dot
    start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonprefix(m):
    """The longest common leading component of the items of m (character by character)."""
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths."""
    paths = [_fspath(p) for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    sep, dot = _seps(paths[0])[0], _seps(paths[0])[1]
    split_paths = [p.split(sep) for p in paths]
    try:
        (isabsolute,) = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabsolute else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user: no user database here
    import os
    home = os.environ.get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    """Replace $name and ${name} by os.environ's values (unknown names stay)."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return path
    if "$" not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    chars = list(path)
    while i < n:
        ch = chars[i]
        if ch != "$":
            out.append(ch)
            i += 1
            continue
        if i + 1 < n and chars[i + 1] == "{":
            end = path.find("}", i + 2)
            if end < 0:
                out.append("".join(chars[i:]))
                break
            key = path[i + 2:end]
            value = os.environ.get(key)
            out.append(value if value is not None else "".join(chars[i:end + 1]))
            i = end + 1
            continue
        j = i + 1
        while j < n and (chars[j].isalpha() or chars[j].isdigit() or chars[j] == "_"):
            j += 1
        key = "".join(chars[i + 1:j])
        value = os.environ.get(key) if key else None
        out.append(value if value is not None else "".join(chars[i:j]))
        i = j
    return "".join(out)


def _stat(path):
    try:
        return _os.stat(_fspath(path))
    except (OSError, ValueError, TypeError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    return exists(path)


def isfile(path):
    st = _stat(path)
    return st is not None and (st[0] & _S_IFMT) == _S_IFREG


def isdir(s):
    st = _stat(s)
    return st is not None and (st[0] & _S_IFMT) == _S_IFDIR


def islink(path):
    return False


def ismount(path):
    return normpath(abspath(path)) == "/"


def getsize(filename):
    return _os.stat(_fspath(filename))[6]


def getmtime(filename):
    return float(_os.stat(_fspath(filename))[8])


def getatime(filename):
    return float(_os.stat(_fspath(filename))[7])


def getctime(filename):
    return float(_os.stat(_fspath(filename))[9])


def samefile(f1, f2):
    return abspath(f1) == abspath(f2) and exists(f1)
