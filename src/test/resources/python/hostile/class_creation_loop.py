# Classes with metaclasses, annotations and __init_subclass__ made without end: fuel stops it,
# and the garbage they leave is collected (the session runs on). (Each turn also does some
# plain work: making a class costs more wall time per fuel unit than typical code, see the
# report of issue 14, and the suite's 5-second bound is for any machine load.)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.registry = [cls.__name__] * 100


n = 0
while True:
    class Child(Base, tag=n):
        x: int = n
        y: list[int]
    total = 0
    for i in range(1000):
        total += i * n
    n += 1
