# type's methods called on things that are not classes (patch 0091 exposes them): each is a
# TypeError, never a write into an object of the wrong shape.
failures = 0
for attempt in (
    lambda: type.__new__(object, "X", (), {}),
    lambda: type.__new__(5, "X", (), {}),
    lambda: type.__call__(5),
    lambda: type.__call__("not a class", 1),
    lambda: type.__setattr__(3, "x", 1),
    lambda: type.__instancecheck__(3, 3),
    lambda: type.__subclasscheck__(int, 3),
    lambda: type("X", (3,), {}),
    lambda: type("X", (), {}, metaclass=None),
):
    try:
        attempt()
    except (TypeError, AttributeError):
        failures += 1
try:
    type.__setattr__(int, "x", 1)
except (TypeError, AttributeError):
    failures += 1
assert failures == 10, failures
raise TypeError("all %d misuses refused" % failures)
