# What a program does with files in a directory it was given. ROOT names the directory: a host
# directory under CPython, the mount /data in the sandbox. It starts with hello.txt
# ("hello\nworld\n"), sub/inner.txt ("inner") and two links inside it: alias.txt -> hello.txt and
# sub_link -> sub (regenerate.sh and FileOperationsTest make it).
import errno
import os

ROOT = os.getenv("ROOT")
NAMES = {errno.ENOENT: "ENOENT", errno.EEXIST: "EEXIST", errno.ENOTEMPTY: "ENOTEMPTY",
         errno.ENOTDIR: "ENOTDIR", errno.EISDIR: "EISDIR"}
S_IFMT, S_IFDIR, S_IFREG = 0o170000, 0o040000, 0o100000


def p(*names):
    return "/".join((ROOT,) + names)


def attempt(what, action):
    try:
        action()
        print(what, "ok")
    except OSError as e:
        print(what, NAMES.get(e.errno, e.errno))


print("-- reading")
with open(p("hello.txt")) as f:
    print(repr(f.read()))
with open(p("hello.txt")) as f:
    print([line for line in f])
with open(p("hello.txt"), "rb") as f:
    print(f.read(3), f.tell())
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(1)
    print(f.read(4))
print(open(p("alias.txt")).read() == open(p("hello.txt")).read())
print(open(p("sub_link", "inner.txt")).read())

print("-- writing")
with open(p("new.txt"), "w") as f:
    print(f.write("first line\n"))
with open(p("new.txt"), "a") as f:
    f.write("second line\n")
print(repr(open(p("new.txt")).read()))
with open(p("new.txt"), "r+") as f:
    f.seek(6)
    f.write("LINE")
    print(f.truncate(), f.tell())
print(repr(open(p("new.txt")).read()))
with open(p("new.txt"), "r+b") as f:
    print(f.truncate(3))
print(repr(open(p("new.txt")).read()))
with open(p("new.txt"), "w") as f:
    pass
print(os.stat(p("new.txt"))[6])
with open(p("alias.txt"), "a") as f:
    f.write("!")
print(repr(open(p("hello.txt")).read()))

print("-- directories")
os.mkdir(p("d"))
os.mkdir(p("d", "e"))
open(p("d", "f.txt"), "w").close()
print(sorted(os.listdir(p("d"))))
print(sorted(os.listdir(ROOT)))
attempt("mkdir existing", lambda: os.mkdir(p("d")))
attempt("rmdir non-empty", lambda: os.rmdir(p("d")))
attempt("listdir file", lambda: os.listdir(p("hello.txt")))
attempt("open missing", lambda: open(p("missing.txt")))
attempt("open dir for writing", lambda: open(p("d"), "w"))
attempt("remove dir", lambda: os.remove(p("d")))
attempt("rmdir file", lambda: os.rmdir(p("hello.txt")))
attempt("stat missing", lambda: os.stat(p("nope")))
attempt("file as dir", lambda: open(p("hello.txt", "x")))
os.rmdir(p("d", "e"))
os.remove(p("d", "f.txt"))
os.rmdir(p("d"))
print("d" in os.listdir(ROOT))

print("-- renaming")
os.rename(p("new.txt"), p("renamed.txt"))
os.mkdir(p("d2"))
os.rename(p("renamed.txt"), p("d2", "moved.txt"))
with open(p("other.txt"), "w") as f:
    f.write("other")
os.rename(p("other.txt"), p("d2", "moved.txt"))
print(open(p("d2", "moved.txt")).read())
os.rename(p("d2"), p("d3"))
print(sorted(os.listdir(p("d3"))), "d2" in os.listdir(ROOT))

print("-- stat")
st = os.stat(p("hello.txt"))
print(st[0] & S_IFMT == S_IFREG, st[6])
print(os.stat(p("sub"))[0] & S_IFMT == S_IFDIR)
print(os.stat(p("sub_link"))[0] & S_IFMT == S_IFDIR)
os.utime(p("hello.txt"), (1000000000, 1234567890))
print(os.stat(p("hello.txt"))[7], os.stat(p("hello.txt"))[8])

print("-- relative paths")
os.chdir(p("sub"))
print(os.getcwd() == p("sub"))
print(open("inner.txt").read(), open("../hello.txt").read()[:5])
print(sorted(os.listdir()), sorted(os.listdir("..")) == sorted(os.listdir(ROOT)))
os.chdir(ROOT)
print(sorted(os.listdir()))
