# sys.stdin, sys.stdout and sys.stderr can be replaced (patches 0095, 0151); the originals stay
# sys.__stdin__, sys.__stdout__ and sys.__stderr__.
import io
import sys

original_stdin = sys.stdin
sys.stdin = None
print(sys.stdin)
sys.stdin = io.StringIO("first line\nsecond line\n")
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
sys.stdin = original_stdin
print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

buffer = io.StringIO()
sys.stdout = buffer
print("captured", 1, 2)
sys.stdout = sys.__stdout__
print(repr(buffer.getvalue()))

errors = io.StringIO()
sys.stderr = errors
print("to stderr", file=sys.stderr)
sys.stderr.write("written\n")
sys.stderr = sys.__stderr__
print(repr(errors.getvalue()))

# print() with sys.stdout None writes nothing and raises nothing, as CPython's
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
print("back")
