# An object without __repr__ prints its class's module and a 0x address, as CPython (patch 0157).
import re


def shown(obj):
    return re.sub(r"0x[0-9a-f]+", "0xADDR", repr(obj))


class Plain:
    pass


class WithRepr:
    def __repr__(self):
        return "WithRepr()"


class Child(Plain):
    pass


print(shown(Plain()), shown(Child()), shown(WithRepr()), shown([Plain()]), shown({"k": Child()}))
print(shown(str(Plain())), shown(f"{Plain()}"), shown("%r" % (Plain(),)), shown(Plain) , shown(type(Plain())))
Dynamic = type("Dynamic", (), {})
print(shown(Dynamic()))
