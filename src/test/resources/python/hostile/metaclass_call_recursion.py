# A metaclass whose __call__ calls the class again: recursion through the metaclass machinery
# (patch 0091) must end in RecursionError, not in a crash.
class Loop(type):
    def __call__(cls, *args):
        return cls(*args)


class A(metaclass=Loop):
    pass


A()
