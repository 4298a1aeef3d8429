# sys.exc_info() keeps the exception being handled until its except clause ends (patch 0164).
import sys
def uses_try():
    try:
        return 1
    except Exception:
        return 2
def raises_inside():
    try:
        raise KeyError("inner")
    except KeyError:
        return sys.exc_info()[0].__name__
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e, sys.exc_info()[2] is not None)
    uses_try()
    print("after call", sys.exc_info()[0].__name__)
    try:
        pass
    finally:
        pass
    print("after try", sys.exc_info()[0].__name__)
    print("nested handler", raises_inside(), "then", sys.exc_info()[0].__name__)
    with open.__class__ if False else __import__("io").StringIO() as buf:
        pass
    print("after with", sys.exc_info()[0].__name__)
    try:
        raise ValueError("v")
    except ValueError:
        print("inner", sys.exc_info()[0].__name__)
    print("outer again", sys.exc_info()[0].__name__)
print("after", sys.exc_info())
def gen():
    try:
        yield sys.exc_info()[0]
    finally:
        pass
try:
    raise TypeError("t")
except TypeError:
    g = gen()
    print(next(g).__name__)
print(sys.exc_info())
