# os and os.path: path manipulation against CPython's posixpath, and the file queries on
# paths that exist (or not) in both places.
import os
import os.path
from os import path as osp

cases = ["", "/", "//", "///", "a", "a/", "/a", "a/b", "/a/b/", "a//b", "a/./b", "a/../b", "../a", "./a", "/../a",
         "a/b/../../..", "/a/b/c.txt", "c.tar.gz", ".bashrc", "/x/.hidden", "a/b.", "..", ".", "a/..", "x/y/..z",
         "dir/file.ext/", "/usr//local/./bin/../lib", "///a//b", "//a/b", "a.b/c", ".a.b", "...", "/a/./b/../c/."]
for p in cases:
    print(repr(p), osp.split(p), osp.splitext(p), repr(osp.basename(p)), repr(osp.dirname(p)), repr(osp.normpath(p)),
          osp.isabs(p), osp.splitdrive(p))
print(osp.join("a", "b"), osp.join("a/", "b"), osp.join("a", "/b"), osp.join("", "b"), osp.join("a", ""), osp.join("/", "x", "y"),
      osp.join("a", "b", "/c", "d"), osp.join("a"), osp.join(b"a", b"b"), osp.join("x//", "y"))
try:
    osp.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
print(osp.split(b"/a/b"), osp.splitext(b"f.txt"), osp.normpath(b"a//b/../c"), osp.basename(b"/x/y"), osp.dirname(b"/x/y"))
print(osp.commonprefix(["/usr/lib", "/usr/local/lib"]), osp.commonprefix([]), osp.commonprefix(["abc"]),
      osp.commonpath(["/usr/lib", "/usr/local/lib"]), osp.commonpath(["a/b/c", "a/b/d", "a/b"]), osp.commonpath(["/a"]))
for bad in (lambda: osp.commonpath([]), lambda: osp.commonpath(["/a", "b"])):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(osp.relpath("/a/b/c", "/a"), osp.relpath("/a", "/a/b/c"), osp.relpath("/a/b", "/a/b"), osp.relpath("/x/y", "/a/b"))
print(osp.isabs(osp.abspath("x")), osp.abspath("/a/b/../c"), osp.abspath("/"), osp.normcase("AbC"), osp.realpath("/a/./b"))
print(osp.expanduser("nothing"), osp.expanduser("~user/x"), osp.expandvars("no vars"), osp.expandvars("$UNSET_VAR_X/${ALSO_UNSET_Y}"))
print(osp.exists("/"), osp.isdir("/"), osp.isfile("/"), osp.exists("/no/such/path/here"), osp.isdir("/no/such"),
      osp.isfile("/no/such/file"), osp.islink("/"), osp.lexists("/no/such"))
try:
    osp.getsize("/no/such/file")
except OSError:
    print("OSError")
print(os.sep, os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, repr(os.linesep), os.devnull, os.name)
print(os.path is osp, os.fspath("p"), os.fspath(b"p"), osp.sep, osp.curdir, osp.pardir)


class P:
    def __fspath__(self):
        return "/virtual/x.txt"


print(os.fspath(P()), osp.basename(P()), osp.splitext(P()), osp.join(P(), "y"))
try:
    os.fspath(5)
except TypeError as e:
    print("TypeError", e)
print(type(os.urandom(8)).__name__, len(os.urandom(8)), callable(os.getcwd), callable(os.listdir), callable(os.stat),
      isinstance(os.getcwd(), str), os.getenv("SURELY_NOT_SET_VAR_12345"), os.getenv("SURELY_NOT_SET_VAR_12345", "dflt"))
os.putenv("MP4J_TEST_VARIABLE_X", "value")
print(os.getenv("MP4J_TEST_VARIABLE_X"), "MP4J_TEST_VARIABLE_X" in os.environ, callable(os.unsetenv))
