"""Functions creating iterators for efficient looping.

Follows CPython 3's `itertools`: count, cycle, repeat, accumulate (func, initial), chain
and chain.from_iterable, compress, dropwhile, takewhile, filterfalse, groupby, islice,
pairwise, starmap, tee, zip_longest, product (repeat), permutations, combinations,
combinations_with_replacement, batched (3.12). Every function is a generator or returns
one, so iterators are lazy and memory stays small. Left out: pickling and copying of
iterators, the `strict` argument of batched (3.13).
"""

__all__ = [
    "count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile",
    "takewhile", "filterfalse", "groupby", "islice", "pairwise", "starmap", "tee",
    "zip_longest", "product", "permutations", "combinations",
    "combinations_with_replacement", "batched",
]


class count:
    """count(start=0, step=1): start, start + step, start + 2 * step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if self._step == 1 and not isinstance(self._step, float):
            return "count(%r)" % (self._next,)
        return "count(%r, %r)" % (self._next, self._step)


def _is_number(x):
    try:
        x + 0
    except TypeError:
        return False
    return not isinstance(x, (str, bytes))


def cycle(iterable):
    """Returns the items of iterable, then repeats them forever."""
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class repeat:
    """repeat(object[, times]): object, again and again (times times, or forever)."""

    def __init__(self, object, times=None):
        self._object = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return max(self._times, 0)

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %d)" % (self._object, max(self._times, 0))


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of the binary function func)."""
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        func = _add
    for element in it:
        total = func(total, element)
        yield total


class chain:
    """chain(*iterables): the items of the first iterable, then of the second, ..."""

    def __init__(self, *iterables):
        self._iterables = iter(iterables)
        self._current = iter(())

    @classmethod
    def from_iterable(cls, iterables):
        """chain.from_iterable(iterables): like chain(*iterables), read lazily."""
        result = cls()
        result._iterables = iter(iterables)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            try:
                return next(self._current)
            except StopIteration:
                self._current = iter(next(self._iterables))


def compress(data, selectors):
    """The items of data whose corresponding selector is true."""
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drops items while predicate is true, then returns every item."""
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    """Returns items while predicate is true."""
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    """The items for which predicate is false (or false themselves, if predicate is None)."""
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    """groupby(iterable, key=None): (key, group iterator) for each run of consecutive items
    with the same key."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else _identity
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


def _identity(x):
    return x


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): like slicing."""
    if not 1 <= len(args) <= 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    if len(args) == 1:
        start_arg, stop, step_arg = None, args[0], None
    else:
        start_arg, stop, step_arg = (tuple(args) + (None,))[:3]
    if stop is not None and (not isinstance(stop, int) or stop < 0):
        raise ValueError(
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    if start_arg is not None and (not isinstance(start_arg, int) or start_arg < 0):
        raise ValueError(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    if step_arg is not None and (not isinstance(step_arg, int) or step_arg <= 0):
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start_arg or 0, stop, step_arg or 1)


def _islice(it, start, stop, step):
    if stop is not None and start >= stop:
        # consume the items before start, as CPython does
        for _ in zip(range(start if start < stop else stop), it):
            pass
        return
    next_index = start
    index = 0
    for element in it:
        if index == next_index:
            yield element
            next_index += step
            if stop is not None and next_index >= stop:
                # consume up to stop
                for _ in zip(range(index + 1, stop), it):
                    pass
                return
        index += 1


def pairwise(iterable):
    """Successive overlapping pairs: pairwise('ABC') -> AB BC."""
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    """function(*args) for each args tuple of iterable."""
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    """n independent iterators over one iterable."""
    if not isinstance(n, int):
        raise TypeError("integer argument expected, got %s" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    # a shared linked list of [value, next-link]; each iterator keeps its own position
    head = [None, None]

    def gen(link):
        while True:
            if link[1] is None:
                try:
                    value = next(it)
                except StopIteration:
                    return
                link[1] = [value, None]
            link = link[1]
            yield link[0]

    return tuple(gen(head) for _ in range(n))


def zip_longest(*iterables, fillvalue=None):
    """Like zip, continuing to the longest iterable, filling the others with fillvalue."""
    iterators = [iter(it) for it in iterables]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    """Cartesian product: product('ab', range(2)) -> a0 a1 b0 b1."""
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product([tuple(pool) for pool in iterables] * repeat)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    indices = [0] * len(pools)
    yield tuple(pool[0] for pool in pools)
    while True:
        for i in reversed(range(len(pools))):
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
        else:
            return
        yield tuple(pools[i][indices[i]] for i in range(len(pools)))


def permutations(iterable, r=None):
    """Successive r-length permutations of the items (all of them if r is None)."""
    pool = tuple(iterable)
    r = len(pool) if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    """r-length subsequences of the items, in order: combinations('ABC', 2) -> AB AC BC."""
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """r-length subsequences allowing repeats: ('ABC', 2) -> AA AB AC BB BC CC."""
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def batched(iterable, n):
    """Tuples of n items (the last may be shorter): batched('ABCDEFG', 3) -> ABC DEF G."""
    if n < 1:
        raise ValueError("n must be at least one")
    return _batched(iter(iterable), n)


def _batched(it, n):
    while True:
        batch = []
        for _ in range(n):
            try:
                batch.append(next(it))
            except StopIteration:
                break
        if not batch:
            return
        yield tuple(batch)
