# except FileNotFoundError from a real failed open, and the other file functions (patches 0051,
# 0052). Justified difference: errno numbers are the platform's (WASI's ENOENT is 44, Linux's 2),
# so the number in "[Errno N]" is shown as errno's name here; everything else is CPython's text.
import errno
import os


def show(e):
    text = str(e).replace("[Errno %d]" % e.errno, "[Errno %s]" % errno.errorcode[e.errno])
    print(type(e).__name__, isinstance(e, OSError), e.errno == errno.ENOENT, e.strerror, e.filename, text)


for path in ["/no/such/dir/data.csv", "missing.txt"]:
    try:
        open(path)
    except FileNotFoundError as e:
        show(e)
for call in [lambda: os.stat("/no/such/dir/x"), lambda: os.listdir("/no/such/dir"), lambda: os.remove("/no/such/x"),
             lambda: os.rmdir("/no/such/x"), lambda: os.rename("/no/such/x", "/no/such/y"), lambda: open("/no/such/x", "w")]:
    try:
        call()
    except FileNotFoundError as e:
        show(e)
