# %-formatting raises CPython's errors (patch 0169).
for f, a in [("%s", ("a", "b")), ("%d", "x"), ("%s %s", ("a",)), ("%x", 1.5), ("%c", "ab"), ("%f", "x"), ("%(k)s", ("a",)), ("%i", None), ("%o", "7"), ("%X", [1]), ("%e", "1"), ("%z", 1)]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
class Idx:
    def __index__(self):
        return 10
    def __float__(self):
        return 2.5
    def __int__(self):
        return 10
print("%d %x %o %f %s" % (True, True, 8, 1, None), "%x" % Idx(), "%d" % Idx(), "%.1f" % Idx(), "%d" % 3.9, "%i" % -2.5)
