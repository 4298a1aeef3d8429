# A 500-class chain given as bases root first, then leaf: no consistent method resolution order
# exists (patch 0150). The class statement raises TypeError; nothing crashes or is made.
chain = [type("Link0", (), {})]
for i in range(1, 500):
    chain.append(type("Link%d" % i, (chain[-1],), {}))


class Impossible(chain[0], chain[-1]):
    pass
