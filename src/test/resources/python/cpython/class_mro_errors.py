# Hierarchies without a consistent C3 order are refused as CPython refuses them (patch 0150):
# TypeError with CPython's message, and no class is made.


def attempt(label, make):
    try:
        cls = make()
        mro = [c.__name__ for c in cls.__mro__]
        print(label, "made", len(mro), mro[:4], mro[-2:])
    except TypeError as e:
        print(label, "TypeError:", e)


class X:
    pass


class Y(X):
    pass


class P:
    pass


class Q:
    pass


class PQ(P, Q):
    pass


class QP(Q, P):
    pass


attempt("base before its subclass", lambda: type("Z", (X, Y), {}))
attempt("subclass before its base", lambda: type("Z", (Y, X), {}))
attempt("duplicate base", lambda: type("Z", (X, X), {}))
attempt("duplicate base apart", lambda: type("Z", (P, X, P), {}))
attempt("orders disagree", lambda: type("Z", (PQ, QP), {}))
attempt("object first", lambda: type("Z", (object, P), {}))
attempt("object last", lambda: type("Z", (P, object), {}))
attempt("object before int", lambda: type("Z", (object, int), {}))

try:
    class Bad(PQ, QP):
        pass
except TypeError as e:
    print("class statement:", e)
print("Bad" in globals())


# A chain of 500 classes named after its first and last: the chain's root before its leaf.
chain = [type("Link%d" % 0, (), {})]
for i in range(1, 500):
    chain.append(type("Link%d" % i, (chain[-1],), {}))
attempt("root before leaf of a 500-chain", lambda: type("Z", (chain[0], chain[-1]), {}))
attempt("leaf before root of a 500-chain", lambda: type("Z", (chain[-1], chain[0]), {}))


# Many conflicting pairs with long names: CPython's message stops at 999 characters.
left = []
right = []
for i in range(60):
    a = type("LongClassNameNumber%03dA" % i, (), {})
    b = type("LongClassNameNumber%03dB" % i, (), {})
    left.append(type("L%d" % i, (a, b), {}))
    right.append(type("R%d" % i, (b, a), {}))
try:
    type("Wide", tuple(left + right), {})
except TypeError as e:
    message = str(e)
    print(len(message), message[:80].replace("\n", "|"), message[-40:])


# A consistent class after all the failures still works.
class Fine(PQ, Y):
    pass


print([c.__name__ for c in Fine.__mro__])
