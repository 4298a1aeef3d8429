# Identical consecutive frames: the first three, then "[Previous line repeated N more times]".
def countdown(n):
    if n == 0:
        raise ValueError("bottom")
    return countdown(n - 1)


def ping(n):
    return pong(n)


def pong(n):
    if n == 0:
        raise KeyError("k")
    return ping(n - 1)


try:
    ping(6)
except KeyError as e:
    print("alternating frames are not repeats:", repr(e))
countdown(10)
