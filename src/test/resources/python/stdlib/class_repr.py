# A class prints with its module, as in CPython (patch 0096).
class Point:
    pass
print(Point, type(Point()), repr(Point))
print(int, str, type(None), type(1.5), type([]), list, dict)
Dyn = type("Dyn", (), {})
print(Dyn, type(Dyn()))
class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__, Outer.__module__)
import collections
print(type(ValueError()), ValueError)
class MyError(Exception):
    pass
print(MyError, type(MyError()))
print(str(Point).startswith("<class '__main__."), "%s" % (Point,))
