# Random patterns against random subjects: the sandbox's engine must agree with CPython's on
# every search, findall, sub and split. The generator is a fixed linear congruential one (not
# the random module, whose sequence differs between implementations), so both run the same
# patterns.
import re

state = [12345]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


def pick(items):
    return items[rand(len(items))]


ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", "\\w", "\\d", "\\s", "\\W", " ", "[a-c ]", "(?i:A)", "x"]
QUANT = ["*", "+", "?", "{2}", "{1,2}", "{0,}", "{,2}", "*?", "+?", "??", "{1,3}?"]
# Possessive quantifiers only on single characters: over groups CPython 3.11 keeps the marks
# of failed attempts (re.search(r"(?:(a)|c)*+", "acac") gives group 1 = ""), a bug.
POSSESSIVE = ["*+", "++", "?+", "{1,2}+"]


def gen(depth, groups):
    n = 1 + rand(3)
    out = []
    for _ in range(n):
        kind = rand(16) if depth < 3 else 0
        if kind <= 6:
            item = pick(ATOMS)
            if rand(6) == 0:
                item += pick(POSSESSIVE)
        elif kind == 7:
            groups[0] += 1
            item = "(" + gen(depth + 1, groups) + ")"
        elif kind == 8:
            item = "(?:" + gen(depth + 1, groups) + "|" + gen(depth + 1, groups) + ")"
        elif kind == 9:
            item = pick(["^", "$", "\\b", "\\B", "\\A", "\\Z"])
            out.append(item)
            continue
        elif kind == 10:
            item = "(?=" + gen(depth + 1, groups) + ")" if rand(2) else "(?!" + gen(depth + 1, groups) + ")"
            out.append(item)
            continue
        elif kind == 11:
            item = pick(["(?<=a)", "(?<!b)", "(?<=[ab] )", "(?<!\\d\\w)", "(?<=a|c)"])
            out.append(item)
            continue
        elif kind == 12 and groups[0] > 0:
            item = "\\%d" % (1 + rand(groups[0]))
        elif kind == 13:
            item = "(?>" + gen(depth + 1, groups) + ")"
        elif kind == 14:
            groups[0] += 1
            item = "(" + gen(depth + 1, groups) + "|" + gen(depth + 1, groups) + ")"
        else:
            item = pick(ATOMS)
        if rand(3) == 0:
            item += pick(QUANT)
        out.append(item)
    return "".join(out)


SUBJECT_CHARS = "aabbc  1\nxA"


def subject():
    return "".join([pick(SUBJECT_CHARS) for _ in range(rand(12))])


for i in range(300):
    pattern = gen(0, [0])
    flags = pick([0, 0, 0, re.I, re.M, re.S])
    try:
        p = re.compile(pattern, flags)
    except re.error as e:
        print(i, repr(pattern), "error", e)
        continue
    for _ in range(3):
        s = subject()
        m = p.search(s)
        print(i, repr(pattern), flags, repr(s), m and (m.span(), m.groups(), m.lastindex),
              p.findall(s), p.sub("<\\g<0>>", s), p.split(s, 3))
