# An exponential call tree whose bytecode has no branch at all (the base case is picked by a
# dict lookup, not an if): each call has to cost fuel by itself.
def leaf(n):
    return 0


def node(n):
    return step[n > 0](n - 1) + step[n > 0](n - 1)


step = {False: leaf, True: node}
node(60)
