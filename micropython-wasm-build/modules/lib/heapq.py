"""Heap queue algorithm (a binary min-heap in a list).

Completes MicroPython's built-in heapq (heappush, heappop, heapify, in C) with CPython 3's
heappushpop, heapreplace, merge (key, reverse), nlargest and nsmallest (key), and the
max-heap helpers CPython keeps private. Left out: nothing of the public API.
"""

from uheapq import heappush, heappop, heapify

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item (the heap must not be empty)."""
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Pushes item, then pops and returns the smallest item; faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator (lazily)."""
    h = []
    if reverse:
        _heapify, _heappop, _heapreplace = _heapify_max, _heappop_max, _heapreplace_max
        direction = -1
    else:
        _heapify, _heappop, _heapreplace = heapify, heappop, heapreplace
        direction = 1
    # entries are [value, order, next]: order breaks ties by input position
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            try:
                h.append([next(it), order * direction, it])
            except StopIteration:
                pass
        _heapify(h)
        while len(h) > 1:
            try:
                while True:
                    value, order, it = s = h[0]
                    yield value
                    s[0] = next(it)
                    _heapreplace(h, s)
            except StopIteration:
                _heappop(h)
        if h:
            value, order, it = h[0]
            yield value
            yield from it
        return
    for order, it in enumerate(map(iter, iterables)):
        try:
            value = next(it)
            h.append([key(value), order * direction, value, it])
        except StopIteration:
            pass
    _heapify(h)
    while len(h) > 1:
        try:
            while True:
                key_value, order, value, it = s = h[0]
                yield value
                value = next(it)
                s[0] = key(value)
                s[2] = value
                _heapreplace(h, s)
        except StopIteration:
            _heappop(h)
    if h:
        key_value, order, value, it = h[0]
        yield value
        yield from it


def nsmallest(n, iterable, key=None):
    """The n smallest items (by key), as sorted(iterable, key=key)[:n] gives them."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    # decorate with the position, so that equal items keep their order
    if key is None:
        decorated = [(elem, i) for i, elem in enumerate(iterable)]
    else:
        decorated = [(key(elem), i, elem) for i, elem in enumerate(iterable)]
    decorated.sort()
    if key is None:
        return [elem for elem, i in decorated[:n]]
    return [elem for k, i, elem in decorated[:n]]


def nlargest(n, iterable, key=None):
    """The n largest items (by key), as sorted(iterable, key=key, reverse=True)[:n] gives them."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    # decorate with the negated position, so that equal items keep their order
    if key is None:
        decorated = [(elem, -i) for i, elem in enumerate(iterable)]
    else:
        decorated = [(key(elem), -i, elem) for i, elem in enumerate(iterable)]
    decorated.sort(reverse=True)
    if key is None:
        return [elem for elem, i in decorated[:n]]
    return [elem for k, i, elem in decorated[:n]]
