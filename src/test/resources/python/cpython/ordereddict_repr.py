# OrderedDict prints as CPython 3.11 prints it (patch 0158). A subclass prints as OrderedDict
# here (CPython: its own name), so none is printed.
from collections import OrderedDict

od = OrderedDict(b=2, a=1)
od.move_to_end("b")
print(od, repr(OrderedDict()), str(od), [od], {"k": OrderedDict(x=[1, 2])})
print(OrderedDict([("t", (1, 2)), (3, "s"), (None, OrderedDict())]))
print(f"{od}", "%s" % od)
import json

print(json.dumps(od), dict(od))
# an OrderedDict equals a dict with the same items in any order (patch 0159); two OrderedDicts
# compare in order
d = {"b": 2, "a": 1}
print(od == d, d == od, od != d, d != od, od == OrderedDict(d), od == dict(d), OrderedDict(a=1) == {"a": 2}, od == [1])
