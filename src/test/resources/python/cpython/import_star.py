# "from m import *" honours __all__, which may name submodules (patch 0066); a missing
# module is ModuleNotFoundError with its name (patch 0058). The modules live in modules/,
# which the test mounts at /modules (CPython, run in this directory, finds it as "modules").
import sys

sys.path.insert(0, "/modules" if sys.implementation.name == "micropython" else "modules")
from shapes import *
from plain import *

print(sorted(name for name in dir() if not name.startswith("__")))
print(area(2, 3), circle.area(2), _exported_private(), public())
try:
    from shapes import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import shapes.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
