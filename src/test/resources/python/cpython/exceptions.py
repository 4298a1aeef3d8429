# Exception chaining, attributes and builtin-base __init__ (patches 0050, 0053).
class AppError(Exception):
    pass


def load():
    try:
        {}["k"]
    except KeyError as e:
        raise AppError("load failed") from e


try:
    load()
except AppError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("quiet") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    raise RuntimeError("r") from KeyError
except RuntimeError as e:
    print(repr(e.__cause__))

try:
    try:
        raise OSError("a")
    finally:
        pass
except OSError as e:
    print(e.__context__)

try:
    raise ValueError("v")
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
    e.code = 3
    e.args = ("changed",)
    print(e.code, e, e.args)
    # Justified difference: __traceback__ is a view made on each access, and with_traceback
    # only accepts None or a traceback (it cannot move one to another exception), so
    # "e2.__traceback__ is tb" is not compared.
    print(e.with_traceback(None) is e, e.__traceback__)

print(hasattr(ValueError(), "errno"), hasattr(ValueError(), "value"), StopIteration(5).value, OSError(2, "x").errno)


class MyError(Exception):
    def __init__(self, code, text):
        Exception.__init__(self, text)
        self.code = code


class Silent(Exception):
    def __init__(self, a, b):
        self.pair = a + b


e = MyError(4, "four")
print(repr(e), e.args, e.code, str(e))
s = Silent(1, 2)
print(s.args, s.pair, str(s))


class Settings(dict):
    def __init__(self, **kw):
        dict.__init__(self, **kw)
        self["extra"] = True


class Bag(list):
    def __init__(self, items):
        self.append("first")
        list.__init__(self, items)


print(Settings(a=1), Bag([1, 2]))
print(repr(ValueError("x")), repr(ValueError()), repr(ValueError(1, 2)), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))


class Custom(Exception):
    def __str__(self):
        return "custom"


print(str(Custom("arg")), repr(Custom("arg")))
