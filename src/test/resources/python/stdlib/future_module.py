# __future__: the names CPython code imports, accepted and inert.
from __future__ import annotations, division, print_function
import __future__

def f(x: "int", y: list[int] = None) -> "str":
    return str(x)

print(f(3), f.__name__)
print(__future__.annotations.getOptionalRelease()[:2], __future__.annotations.getMandatoryRelease())
print(__future__.division.getMandatoryRelease()[:3])
print(sorted(__future__.all_feature_names)[:3])
print(all(hasattr(__future__, n) for n in __future__.all_feature_names))
