# Four identical frames: three shown, then "[Previous line repeated 1 more time]" (singular);
# a different line of the same function starts a new run.
def down(n):
    if n == 0:
        return up(2)
    return down(n - 1)


def up(n):
    if n == 0:
        raise RuntimeError("top")
    return up(n - 1)


down(4)
