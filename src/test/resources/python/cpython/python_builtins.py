# The Warning classes and ExceptionGroup are builtins (_pybuiltins, port/main.c), and the builtins
# module shows what was stored in it (patch 0163).
import builtins

names = ["Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning",
         "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
         "ResourceWarning", "EncodingWarning", "BaseExceptionGroup", "ExceptionGroup"]
for name in names:
    cls = getattr(builtins, name)
    print(name, cls, cls.__module__, cls.__mro__[1].__name__, cls is eval(name))
try:
    raise DeprecationWarning("old api")
except Warning as w:
    print("caught", repr(w), str(w), type(w).__name__, isinstance(w, Exception))
builtins.answer = 42
print(answer, builtins.answer, hasattr(builtins, "answer"), hasattr(builtins, "no_such_name"))
del builtins.answer
try:
    answer
except NameError as e:
    print("NameError", e)
