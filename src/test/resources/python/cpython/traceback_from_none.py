# raise ... from None suppresses the context: only the last exception is printed.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("missing " + k) from None


lookup({}, "a")
