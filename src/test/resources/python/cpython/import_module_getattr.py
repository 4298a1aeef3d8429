# "from package import name" with a module __getattr__ that raises AttributeError: the name is
# looked for as a submodule, and a missing one is ImportError (patch 0170).
import sys

sys.path.insert(0, "/modules" if sys.implementation.name == "micropython" else "modules")
from lazypkg import computed
from lazypkg import sub

print(computed, sub.VALUE)
try:
    from lazypkg import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import lazypkg

print(lazypkg.computed, lazypkg.sub.VALUE)
try:
    lazypkg.other
except AttributeError as e:
    print("AttributeError", e)
