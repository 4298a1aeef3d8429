# ExceptionGroup builtins (PEP 654) and exceptions with two built-in bases (patch 0162).
class E(KeyError, ValueError):
    pass
try:
    raise E("x")
except ValueError as e:
    print("caught as ValueError", repr(e), str(e), isinstance(e, KeyError), E.__mro__)
eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])
print(eg, repr(eg), eg.message, eg.exceptions, isinstance(eg, Exception), eg.args)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.subgroup(OSError), eg.split((TypeError, ValueError))[1])
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
for bad in [(1, [ValueError()]), ("m", []), ("m", [1]), ("m", 5), ("m", {"a": 1})]:
    try:
        BaseExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    try:
        raise ExceptionGroup("top", [ValueError("a")])
    except ExceptionGroup as g:
        raise RuntimeError("wrapped") from g
except RuntimeError as e:
    print(repr(e.__cause__), e.__cause__.exceptions[0])
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
