# Private name mangling as CPython does it (patch 0144): inside a class, __name (not ending in
# __) stands for _Class__name, for names, attributes, parameters and declarations.
def __helper():
    return "module-level __helper"


_Account__helper = lambda: "mangled _Account__helper"


class Account:
    __rate = 2
    __doc_like__ = "dunder names are not mangled"

    def __init__(self, owner, __balance=10):
        self.__owner = owner
        self.__balance = __balance
        self.public = self.__rate

    def __secret(self):
        return self.__owner.upper()

    def reveal(self):
        return self.__secret() + " " + str(self.__balance) + " " + __helper()

    def bump(self):
        self.__balance += 5
        del self.__owner
        return [k for k in vars(self)]

    def local(self):
        __local = 1
        __local += 1
        return __local

    def comprehension(self):
        return [self.__rate * __i for __i in range(3)]

    def closure(self):
        __captured = "captured"

        def inner():
            return __captured

        return inner()

    def kwonly(self, *, __k=3):
        return __k

    @staticmethod
    def walrus():
        return [(__w := i) for i in range(2)], __w


a = Account("ann")
print(a.reveal(), a.public, Account._Account__rate, Account.__doc_like__)
print(sorted(k for k in vars(a)), a.bump(), a._Account__balance)
print(a.local(), a.comprehension(), a.closure(), a.kwonly(), Account.walrus())
print(hasattr(a, "__secret"), hasattr(a, "_Account__secret"), Account.__secret.__name__ if hasattr(Account, "__secret") else Account._Account__secret.__name__)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError")
print(a.kwonly(_Account__k=4))
try:
    a.kwonly(__k=4)
except TypeError:
    print("TypeError: no keyword __k")


class _Leading__under:
    __x = 1


class ___:
    __y = 2


print(sorted(k for k in vars(_Leading__under) if "x" in k), sorted(k for k in vars(___) if "y" in k))


class Outer:
    __v = "outer"

    class __Inner:
        __v = "inner"

        def get(self):
            return self.__v

    def make(self):
        return self.__Inner().get(), self.__v


print(Outer().make(), sorted(k for k in vars(Outer) if "Inner" in k), Outer._Outer__Inner.__name__)


class Globals:
    def set(self):
        global __g
        __g = "global"


Globals().set()
print(_Globals__g, "__g" in globals())


class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError:
            return "Sub cannot see Account's __balance"


print(Sub("bob").peek(), Sub("bob")._Account__balance)


class Annotated:
    __a: int = 1
    b: str = "b"


print(sorted(Annotated.__annotations__))


class Foo:
    def do_print(self):
        __print_string("x")


try:
    Foo().do_print()
except NameError as e:
    print("NameError:", e)


# A syntax error leaves the compiler nodes that are not names where names go: they must not be
# read as names to mangle (the guest trapped on this while mangling was being written).
for source in ["((x, y) := 1)", "[(a.b := 1) for c in d]", "((__x, y) := 1)"]:
    try:
        eval(source)
    except SyntaxError:
        print("SyntaxError:", source)
