import gc

# Allocation-heavy, deterministic workout for the interpreter and its GC.
# The JUnit test prepends a line such as `gc.threshold(4096)` so collections
# run constantly; the script itself must not depend on that.
# Output must be identical under CPython 3 and MicroPython 1.25, so: no
# dict/set iteration order, no float repr, no built-in exception messages,
# no id()/hash(), no unstable sorts (MicroPython's sort is not stable).

MASK = 0xFFFFFFFF


def mix(h, value):
    # FNV-1a style checksum over the text form of a value.
    for ch in str(value):
        h = ((h ^ ord(ch)) * 16777619) & MASK
    return h


checksum = 2166136261


def record(label, value):
    global checksum
    checksum = mix(checksum, label)
    checksum = mix(checksum, value)
    print(label, value)


# ---------------------------------------------------------------- classes

class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def __repr__(self):
        return "%s(%s, area=%d)" % (type(self).__name__, self.name, self.area())


class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, name, side):
        super().__init__(name, side, side)

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        self.w = value
        self.h = value


class Tri(Shape):
    def __init__(self, name, b, h):
        Shape.__init__(self, name)
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __len__(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)


def section_classes():
    print("== classes")
    shapes = []
    for i in range(60):
        k = i % 3
        if k == 0:
            shapes.append(Rect("r%d" % i, i + 1, i + 2))
        elif k == 1:
            shapes.append(Square("s%d" % i, i))
        else:
            shapes.append(Tri("t%d" % i, i, i + 3))
    total = sum(s.area() for s in shapes)
    record("shapes.total_area", total)
    by_area = sorted(shapes, key=lambda s: (s.area(), s.name), reverse=True)
    for s in by_area[:5]:
        print(" ", repr(s))
    record("shapes.top", ",".join(s.name for s in by_area[:10]))
    squares = [s for s in shapes if isinstance(s, Square)]
    for s in squares:
        s.side = s.side + 1
    record("squares.perimeter", sum(s.perimeter for s in squares))
    record("isinstance.rect", len([s for s in shapes if isinstance(s, Rect)]))
    v = Vec(0, 0)
    for i in range(200):
        v = v + Vec(i, -i) * 2
    record("vec", repr(v))
    record("vec.len", len(v))
    record("vec.eq", Vec(1, 2) == Vec(1, 2) and not (Vec(1, 2) == Vec(2, 1)))
    record("shape.count", Shape.count)


# ---------------------------------------------------------------- closures

def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


def make_adders(n):
    return [lambda x, i=i: x + i for i in range(n)]


def compose(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run


def section_closures():
    print("== closures")
    counters = [make_counter(i * 10) for i in range(20)]
    for rnd in range(25):
        for idx, (inc, get) in enumerate(counters):
            inc(idx % 4 + 1)
    values = [get() for inc, get in counters]
    record("counters", values)
    adders = make_adders(30)
    record("adders", sum(f(100) for f in adders))
    pipeline = compose(lambda x: x * 3, lambda x: x + 7, lambda x: x % 1000, str, len)
    record("pipeline", [pipeline(i) for i in range(0, 2000, 97)])

    def outer():
        acc = []

        def middle(n):
            def inner(m):
                acc.append(n * m)
                return len(acc)
            return inner

        fs = [middle(n) for n in range(10)]
        for m in range(10):
            for f in fs:
                f(m)
        return acc

    acc = outer()
    record("nested.len", len(acc))
    record("nested.sum", sum(acc))


# ---------------------------------------------------------------- containers

def section_containers():
    print("== containers")
    d = {}
    for i in range(500):
        key = "k%03d" % (i * 7 % 500)
        d[key] = [i, str(i), (i, i * i)]
    record("dict.len", len(d))
    keys = sorted(d)
    record("dict.first", keys[:3])
    record("dict.last", keys[-3:])
    record("dict.sum", sum(v[0] for v in d.values()))
    for k in keys[::5]:
        del d[k]
    record("dict.after_del", len(d))
    inv = {}
    for k in sorted(d):
        inv.setdefault(d[k][0] % 7, []).append(k)
    for r in sorted(inv):
        print("  bucket", r, len(inv[r]), inv[r][0], inv[r][-1])
    merged = dict(d)
    merged.update({"extra%d" % i: i for i in range(50)})
    record("merged", len(merged))
    record("get.default", merged.get("missing", "dflt"))
    record("pop", merged.pop("extra7"))

    lst = list(range(300))
    lst.reverse()
    lst.insert(10, -1)
    lst.remove(150)
    lst.extend([x * 2 for x in range(20)])
    record("list.len", len(lst))
    record("list.index", lst.index(-1))
    record("list.count", lst.count(10))
    record("list.slice", lst[5:15])
    record("list.step", lst[::37])
    lst.sort()
    record("list.sorted", lst[:12])
    lst2 = [[i, [i] * (i % 5)] for i in range(100)]
    record("list.nested", sum(len(x[1]) for x in lst2))

    s1 = set(range(0, 200, 3))
    s2 = set(range(0, 200, 5))
    record("set.and", sorted(s1 & s2))
    record("set.or", len(s1 | s2))
    record("set.sub", len(s1 - s2))
    record("set.xor", len(s1 ^ s2))
    words = set("the quick brown fox jumps over the lazy dog".split())
    record("set.words", sorted(words))
    fs = frozenset(["a", "b"])
    record("frozenset", "a" in fs and "c" not in fs)

    t = tuple((i, chr(65 + i % 26)) for i in range(52))
    record("tuple.len", len(t))
    record("tuple.slice", t[24:28])
    a, *rest = t[:5]
    record("unpack", (a, len(rest)))
    record("tuple.cmp", sorted(t, key=lambda p: (p[1], -p[0]))[:4])


# ---------------------------------------------------------------- exceptions

class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


class NotFound(AppError):
    pass


def risky(i):
    if i % 7 == 0:
        raise NotFound(404, "item %d" % i)
    if i % 5 == 0:
        raise AppError(500, "boom %d" % i)
    if i % 11 == 0:
        raise ValueError("bad %d" % i)
    return i * 2


def wrapped(i):
    try:
        return risky(i)
    except ValueError as e:
        # re-raise as a different type while handling (implicit chaining)
        raise AppError(400, "wrapped " + e.args[0])


def section_exceptions():
    print("== exceptions")
    log = []
    finals = 0
    for i in range(1, 120):
        try:
            try:
                v = wrapped(i)
            finally:
                finals += 1
        except NotFound as e:
            log.append(("nf", e.code, e.detail))
        except AppError as e:
            log.append(("app", e.code, e.detail))
        else:
            log.append(("ok", v))
    record("exc.finals", finals)
    record("exc.count", len(log))
    kinds = {}
    for entry in log:
        kinds[entry[0]] = kinds.get(entry[0], 0) + 1
    record("exc.kinds", sorted(kinds.items()))
    record("exc.sample", [e for e in log if e[0] == "app"][:3])

    def reraiser(n):
        try:
            if n == 0:
                raise KeyError("deep")
            reraiser(n - 1)
        except KeyError:
            raise

    try:
        reraiser(20)
    except KeyError as e:
        record("reraise", e.args)

    order = []

    def f():
        try:
            order.append("try")
            return "ret"
        finally:
            order.append("finally")

    record("finally.ret", f())
    record("finally.order", order)

    def loop_with_finally():
        out = []
        for i in range(10):
            try:
                if i % 3 == 0:
                    continue
                if i == 8:
                    break
                out.append(i)
            finally:
                out.append(-i)
        return out

    record("finally.loop", loop_with_finally())
    caught = 0
    for i in range(200):
        try:
            {}["x%d" % i]
        except KeyError:
            caught += 1
        try:
            [][i]
        except IndexError:
            caught += 1
        try:
            int("notanumber%d" % i)
        except ValueError:
            caught += 1
    record("builtin.caught", caught)
    try:
        raise AppError(1, "x") from None
    except Exception as e:
        record("from.none", type(e).__name__)


# ---------------------------------------------------------------- generators

def numbers(n):
    for i in range(n):
        yield i


def squares(n):
    for i in numbers(n):
        yield i * i


def inner_gen(log):
    try:
        while True:
            try:
                x = yield "inner"
                log.append(("inner got", x))
            except ValueError as e:
                log.append(("inner handled", e.args[0]))
                yield "recovered"
    finally:
        log.append("inner finally")


def middle_gen(log):
    try:
        result = yield from inner_gen(log)
        log.append(("middle result", result))
    finally:
        log.append("middle finally")


def outer_gen(log):
    try:
        yield from middle_gen(log)
    except KeyError as e:
        log.append(("outer caught", e.args[0]))
        yield "outer recovered"
    finally:
        log.append("outer finally")


def section_generators():
    print("== generators")
    record("gen.sum", sum(squares(300)))
    record("genexpr", sum(x for x in range(1000) if x % 3 == 0))
    record("genexpr.join", "-".join(str(x) for x in range(15)))

    log = []
    g = outer_gen(log)
    record("g.first", next(g))
    record("g.send", g.send("hello"))
    record("g.throw.handled", g.throw(ValueError("v1")))
    record("g.next", next(g))
    record("g.throw.outer", g.throw(KeyError("k1")))
    try:
        next(g)
    except StopIteration:
        record("g.stopped", True)
    for entry in log:
        print("  log", entry)
    record("g.log.len", len(log))

    log2 = []
    g2 = outer_gen(log2)
    next(g2)
    g2.close()
    record("close.log", log2)

    log3 = []
    g3 = outer_gen(log3)
    next(g3)
    try:
        g3.throw(IndexError("escapes"))
    except IndexError as e:
        record("throw.escape", e.args[0])
    record("throw.log", log3)

    def counting():
        n = 0
        try:
            while True:
                n += 1
                yield n
        except GeneratorExit:
            closed.append(n)
            raise

    closed = []
    gens = [counting() for _ in range(30)]
    for i, gg in enumerate(gens):
        for _ in range(i % 7 + 1):
            next(gg)
    for gg in gens:
        gg.close()
    record("closed", closed)

    def ret_gen():
        yield 1
        return "value"

    def deleg():
        r = yield from ret_gen()
        yield r

    record("yield.from.return", list(deleg()))
    pipeline = (s.upper() for s in ("w%d" % i for i in range(40)) if s.endswith("3"))
    record("pipeline", list(pipeline))


# ---------------------------------------------------------------- strings

def section_strings():
    print("== strings")
    words = ["alpha", "Beta", "gamma", "delta", "Epsilon", "zeta", "eta", "Theta"]
    record("sorted.key", sorted(words, key=lambda w: w.lower()))
    record("sorted.len", sorted(words, key=lambda w: (len(w), w), reverse=True))
    text = " ".join(words * 20)
    record("text.len", len(text))
    record("upper", text.upper()[:30])
    record("lower.count", text.lower().count("eta"))
    record("split", len(text.split()))
    record("replace", text.replace("a", "4")[:40])
    record("find", (text.find("delta"), text.rfind("delta"), text.find("nope")))
    record("strip", "  xx  ".strip() + "|" + "--yy--".strip("-") + "|" + "  zz".lstrip())
    record("startswith", (text.startswith("alpha"), text.endswith("Theta")))
    record("partition", "key=value=more".partition("="))
    record("center", "[" + "mid".center(11) + "]")
    record("is", ("123".isdigit(), "abc".isalpha(), "  ".isspace(), "ABC".isupper()))
    record("rsplit", "a.b.c.d".rsplit(".", 2))
    record("splitlines", "l1\nl2\nl3".splitlines())
    lines = []
    for i in range(40):
        lines.append("%-6s|%5d|%08.3f|%x|%r" % ("n%d" % i, i * i, i / 8, i * 255, "q" + str(i)))
    for ln in lines[::8]:
        print(" ", ln)
    record("percent", mix(0, "".join(lines)))
    fl = []
    for i in range(40):
        name = "item%d" % i
        fl.append(f"{name:>10}|{i:<4}|{i * 1.25:9.2f}|{i:#06x}|{name!r}|{i * 1000:>8}")
    for ln in fl[::10]:
        print(" ", ln)
    record("fstrings", mix(0, "".join(fl)))
    record("format", "{0}-{1}-{0} {name:^9}".format("a", "b", name="mid"))
    acc = ""
    for i in range(300):
        acc += chr(97 + i % 26)
        if len(acc) > 50:
            acc = acc[10:]
    record("acc", acc)
    record("join.big", len(",".join(str(i) for i in range(2000))))
    record("ord", sum(ord(c) for c in text))
    record("encode", "h\u00e9llo".encode("utf-8"))
    record("decode", b"caf\xc3\xa9".decode("utf-8") == "caf\u00e9")


# ---------------------------------------------------------------- bytes

def section_bytes():
    print("== bytes")
    b = bytes(range(256))
    record("bytes.len", len(b))
    record("bytes.slice", b[60:70])
    ba = bytearray()
    for i in range(1000):
        ba.append(i & 0xFF)
    ba.extend(b"tail")
    record("bytearray.len", len(ba))
    record("bytearray.sum", sum(ba))
    ba[0:4] = b"HEAD"
    record("bytearray.head", bytes(ba[:8]))
    record("bytes.find", b.find(b"\x10\x11"))
    record("bytes.split", b"a,b,,c".split(b","))
    record("bytes.join", b"-".join([b"x", b"y", b"z"]))
    record("bytes.repr", repr(b"a\x00\n'\xff"))
    record("int.to_bytes", (123456789).to_bytes(4, "big"))
    record("int.from_bytes", int.from_bytes(b"\x01\x02\x03\x04", "little"))
    chunks = [bytes([i % 256]) * (i % 17) for i in range(400)]
    record("chunks", len(b"".join(chunks)))
    mv = memoryview(ba)
    record("memoryview", bytes(mv[4:10]))


# ---------------------------------------------------------------- big ints

def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def section_bigints():
    print("== bigints")
    record("2**200", 2 ** 200)
    record("fact40", factorial(40))
    record("fib300", fib_pair(300))
    record("pow3", pow(7, 1234, 10 ** 30 + 57))
    x = 1
    for i in range(1, 60):
        x = x * (i * 1000003) + i
    record("poly", x % (2 ** 127 - 1))
    record("divmod", divmod(3 ** 150, 7 ** 40))
    record("neg", (-(2 ** 100)) // 3)
    record("negmod", (-(2 ** 100)) % 1000003)
    record("shift", ((1 << 300) >> 250, (2 ** 200) & (2 ** 120 - 1) == 0))
    record("hex", hex(2 ** 128 - 1))
    record("str.int", int(str(3 ** 200)) == 3 ** 200)
    total = 0
    for i in range(200):
        total += (i ** 20) ^ (i << 60)
    record("xorsum", total)


# ---------------------------------------------------------------- recursion

def ackermann_like(depth, acc):
    if depth == 0:
        return acc
    return ackermann_like(depth - 1, [acc, depth]) if depth % 2 else ackermann_like(depth - 1, (depth, acc))


def flatten(x, out):
    if isinstance(x, (list, tuple)):
        for y in x:
            flatten(y, out)
    else:
        out.append(x)
    return out


def tree(depth):
    if depth == 0:
        return None
    return {"d": depth, "l": tree(depth - 1), "r": None if depth % 3 else tree(depth - 2)}


def count_tree(t):
    if t is None:
        return 0
    return 1 + count_tree(t["l"]) + count_tree(t["r"])


def section_recursion():
    print("== recursion")
    nested = ackermann_like(50, "root")
    record("flatten", flatten(nested, [])[:6])
    record("flatten.len", len(flatten(nested, [])))
    record("fact50", factorial(50))
    record("tree", count_tree(tree(18)))

    def hanoi(n, a, b, c, moves):
        if n:
            hanoi(n - 1, a, c, b, moves)
            moves.append(a + c)
            hanoi(n - 1, b, a, c, moves)
        return moves

    moves = hanoi(10, "A", "B", "C", [])
    record("hanoi", (len(moves), moves[:5]))


# ---------------------------------------------------------------- comprehensions

def section_comprehensions():
    print("== comprehensions")
    grid = [[(r * c) % 10 for c in range(20)] for r in range(20)]
    record("grid", sum(sum(row) for row in grid))
    transposed = [[grid[r][c] for r in range(20)] for c in range(20)]
    record("transposed", transposed == grid)
    sq = {i: i * i for i in range(100) if i % 3}
    record("dictcomp", (len(sq), sum(sq.values())))
    st = {w[0] for w in ("apple", "avocado", "banana", "cherry", "cranberry")}
    record("setcomp", sorted(st))
    pairs = [(a, b) for a in range(10) for b in range(a) if (a + b) % 4 == 0]
    record("pairs", len(pairs))
    record("pairs.sample", pairs[:6])
    words = ["w%d" % (i * 37 % 101) for i in range(101)]
    index = {w: i for i, w in enumerate(words)}
    record("index", [index[w] for w in sorted(index)[:5]])
    record("zip", [a + b for a, b in zip(range(10), range(100, 110))])
    record("map.filter", list(map(lambda v: v * 3, filter(lambda v: v % 4 == 1, range(30)))))
    record("min.max", (min(words), max(words), min(words, key=lambda w: int(w[1:]))))
    record("any.all", (any(x > 98 for x in range(100)), all(x < 100 for x in range(100))))


# ---------------------------------------------------------------- churn

def section_churn():
    print("== churn")
    keep = []
    h = 0
    for rnd in range(30):
        garbage = [{"id": i, "name": "obj%d" % i, "tags": [str(i)] * 3} for i in range(200)]
        text = "|".join(o["name"] for o in garbage)
        h = mix(h, len(text))
        keep.append(garbage[rnd])
        if len(keep) > 10:
            keep.pop(0)
        tmp = [Rect("g%d" % i, i, rnd) for i in range(50)]
        h = mix(h, sum(t.area() for t in tmp))
        if rnd % 10 == 9:
            gc.collect()
            print("  round", rnd, h, [k["id"] for k in keep])
    record("churn", h)

# ---------------------------------------------------------------- ledger

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def apply(self, amount, memo):
        if self.balance + amount < 0:
            raise ValueError("overdraft")
        self.balance += amount
        self.history.append((amount, memo))

    def __repr__(self):
        return "Account(%s, %d, %d ops)" % (self.owner, self.balance, len(self.history))


def section_ledger():
    print("== ledger")
    accounts = {}
    for i in range(12):
        name = "acct%02d" % i
        accounts[name] = Account(name, 1000 + 37 * i)
    names = sorted(accounts)
    rejected = 0
    for step in range(150):
        src = accounts[names[step * 5 % 12]]
        dst = accounts[names[(step * 7 + 3) % 12]]
        amount = (step * step * 13) % 900 + 1
        memo = "t%d:%s->%s" % (step, src.owner, dst.owner)
        try:
            src.apply(-amount, memo)
        except ValueError:
            rejected += 1
            status = "rejected"
        else:
            dst.apply(amount, memo)
            status = "ok"
        if step % 2 == 0:
            print("  %3d %-8s %5d %s" % (step, status, amount, memo))
    for n in names:
        print(" ", repr(accounts[n]))
    record("ledger.total", sum(a.balance for a in accounts.values()))
    record("ledger.rejected", rejected)
    richest = sorted(accounts.values(), key=lambda a: (-a.balance, a.owner))
    record("ledger.richest", [a.owner for a in richest[:3]])


section_classes()
section_closures()
section_containers()
section_exceptions()
section_generators()
section_strings()
section_bytes()
section_bigints()
section_recursion()
section_comprehensions()
section_churn()
section_ledger()
print("checksum", checksum)
