# Docstrings are kept as __doc__ (patch 0161): functions, classes, the module.
"""Module docstring."""
def f():
    """fdoc"""
    return 1
def g(): "one-line"
def h():
    x = "not a doc"
    return x
class A:
    """adoc"""
    def m(self):
        "mdoc"
class B(A):
    pass
async def co():
    """codoc"""
def gen():
    """gendoc"""
    yield 1
import functools
@functools.wraps(f)
def wrapper(*a):
    return f(*a)
print(f.__doc__, g.__doc__, h.__doc__, A.__doc__, A.m.__doc__, B.__doc__, A().m.__doc__, co.__doc__, gen.__doc__, wrapper.__doc__)
print(__doc__, (lambda: 0).__doc__, f(), h())
f.__doc__ = "changed"; print(f.__doc__)
class C:
    x = 1
print(C.__doc__, C().__doc__ if False else "-")
