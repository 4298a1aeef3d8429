# A SyntaxError raised by exec() has frames leading to it: the "Traceback" header and the exec
# frame come first, then the error's own location, then the message (patch 0145).
try:
    exec("x = 1\ndel 1")
except SyntaxError as e:
    print(type(e).__name__)  # str(e) is CPython's "msg (file, line n)", MicroPython's msg
print("before")
exec("y = 1\n\nprint([[(j := i) for i in range(2)] for j in range(2)])")
