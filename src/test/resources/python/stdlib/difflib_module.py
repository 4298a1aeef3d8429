# difflib: SequenceMatcher, get_close_matches, ndiff/Differ, restore, unified/context diffs
import difflib
from difflib import SequenceMatcher


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(n for n in difflib.__all__ if n != "HtmlDiff"))

# SequenceMatcher basics
s = SequenceMatcher(None, "abcd", "bcde")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 4, 0, 4), s.find_longest_match())
s.set_seq1("bcde")
print(s.ratio(), s.get_opcodes())
s.set_seq2("abcd")
print(s.ratio())
s.set_seqs("qabxcd", "abycdf")
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
print(s.get_matching_blocks())
m = s.get_matching_blocks()[0]
print(type(m).__name__, m.a, m.b, m.size, m._fields, tuple(m))

s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.bjunk, s.bpopular)
s = SequenceMatcher(None, "ab", "c")
print(s.find_longest_match(0, 2, 0, 1), s.ratio(), s.get_opcodes())

s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % tuple(block))
for opcode in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % opcode)

# empty and identical sequences
for a, b in [("", ""), ("", "abc"), ("abc", ""), ("abc", "abc"), ([], []), ((1, 2, 3), (1, 2, 3))]:
    sm = SequenceMatcher(None, a, b)
    print(repr(a), repr(b), sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio(), sm.get_opcodes(), sm.get_matching_blocks())

# ratios of assorted strings
pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("apple", "appel"), ("python", "pythonic"),
         ("The quick brown fox", "The quick brown dog"), ("abcdefg", "gfedcba"), ("aaaa", "aa"),
         ("hello world", "world hello"), ("caf\xe9 cr\xe8me", "cafe creme"), ("\u20ac\u20ac\u00a3", "\u00a3\u20ac"),
         ("tide", "diet"), ("ab" * 10, "ba" * 10)]
for a, b in pairs:
    sm = SequenceMatcher(None, a, b)
    print(repr(a), repr(b), round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6),
          sm.get_opcodes())

# lists of lines and other sequences
a = ["one\n", "two\n", "three\n", "four\n", "five\n"]
b = ["zero\n", "one\n", "three\n", "four\n", "4.5\n", "five\n", "six\n"]
sm = SequenceMatcher(None, a, b)
print(sm.get_opcodes())
print(sm.get_matching_blocks(), sm.ratio())
print(SequenceMatcher(None, [1, 2, 3, 4, 5], [1, 3, 4, 6]).get_opcodes())
print(SequenceMatcher(None, (1, 2), [1, 2]).ratio())
print(SequenceMatcher(a=b"bytes here", b=b"byte here!").get_opcodes())
print(SequenceMatcher(None, [(1, 2), (3, 4)], [(3, 4)]).get_matching_blocks())
attempt("unhashable", lambda: SequenceMatcher(None, [[1]], [[1]]).ratio())

# grouped opcodes
a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ["i"]
b[20] += "x"
b[23:28] = []
b[30] += "y"
print(list(SequenceMatcher(None, a, b).get_grouped_opcodes()))
print(list(SequenceMatcher(None, a, b).get_grouped_opcodes(1)))
print(list(SequenceMatcher(None, a, b).get_grouped_opcodes(0)))
print(list(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))
print(list(SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(list(SequenceMatcher(None, "", "x").get_grouped_opcodes()))

# autojunk: popular elements in b of >= 200 items
a = "x" * 10 + "abc" + "y" * 5
b = "x" * 150 + "abc" + "y" * 100
sm = SequenceMatcher(None, a, b)
print(sorted(sm.bpopular), sm.bjunk, sorted(sm.b2j), sm.get_matching_blocks(), round(sm.ratio(), 6))
sm = SequenceMatcher(None, a, b, autojunk=False)
print(sorted(sm.bpopular), sm.get_matching_blocks(), round(sm.ratio(), 6))
sm = SequenceMatcher(lambda c: c == "y", a, b, False)
print(sorted(sm.bjunk), sm.get_matching_blocks())
sm = SequenceMatcher(None, "abc", "cab")
print(sm.b2j)
big_a = [i % 7 for i in range(300)]
big_b = [i % 5 for i in range(300)]
sm = SequenceMatcher(None, big_a, big_b)
print(round(sm.ratio(), 6), len(sm.get_opcodes()), sm.get_matching_blocks()[:4])
sm = SequenceMatcher(None, big_a, big_b, autojunk=False)
print(round(sm.ratio(), 6), len(sm.get_opcodes()), sm.get_matching_blocks()[:4])

# find_longest_match with ranges
sm = SequenceMatcher(None, "abxcdabcd", "abcdxab")
print(sm.find_longest_match(), sm.find_longest_match(2, 9, 0, 7), sm.find_longest_match(0, 3, 4, 7),
      sm.find_longest_match(5, 5, 0, 7), sm.find_longest_match(alo=1, bhi=3))

# get_close_matches
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword as _kw
kwlist = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
          'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
          'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']
print(difflib.get_close_matches("wheel", kwlist))
print(difflib.get_close_matches("pineapple", kwlist))
print(difflib.get_close_matches("accept", kwlist))
print(difflib.get_close_matches("lamda", kwlist, n=1))
print(difflib.get_close_matches("x", ["x", "y", "xx", "xy", "yx"], n=10, cutoff=0))
print(difflib.get_close_matches("abc", ["abd", "abe", "abf", "xbc"], n=2))
print(difflib.get_close_matches("abc", ["abd", "abe", "abf", "xbc"], 10, 0.6))
print(difflib.get_close_matches("", ["", "a"]))
print(difflib.get_close_matches("hello", []))
print(difflib.get_close_matches("color", ["colour", "colr", "collar", "cooler", "colors"], cutoff=0.8))
attempt("n=0", difflib.get_close_matches, "a", ["a"], n=0)
attempt("cutoff=1.5", difflib.get_close_matches, "a", ["a"], cutoff=1.5)
attempt("cutoff=-0.1", difflib.get_close_matches, "a", ["a"], 3, -0.1)

# ndiff / Differ
text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
print(result)
print("".join(result), end="")
diff = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True), "ore\ntree\nemu\n".splitlines(keepends=True)))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
attempt("restore 3", lambda: list(difflib.restore(diff, 3)))
attempt("restore '2'", lambda: list(difflib.restore(diff, "2"))[:1])
print(list(difflib.ndiff(["abcDefghiJkl\n"], ["abcdefGhijkl\n"])))
print(list(difflib.ndiff(["\tabcDefghiJkl\n"], ["\tabcdefGhijkl\n"])))
print(list(difflib.ndiff(["a\n", "b\n"], ["a\n", "b\n"])))
print(list(difflib.ndiff([], ["x\n"])), list(difflib.ndiff(["x\n"], [])), list(difflib.ndiff([], [])))
print(list(difflib.ndiff(["apple\n", "banana\n", "cherry\n"], ["x\n", "y\n"])))
print(list(difflib.ndiff(["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"])))
print(list(difflib.ndiff(["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"], charjunk=None)))
print(list(difflib.ndiff(["a\n", "\n", "#\n", "b\n"], ["a\n", "  \n", "b\n", "c\n"], linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.ndiff(["same\n", "x1\n", "same\n"], ["same\n", "y2\n", "same\n", "same\n"])))
print(list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(["tab\there\n"], ["tab here\n"])))
lines_a = ["line %d of the first file\n" % i for i in range(12)]
lines_b = lines_a[:]
lines_b[2] = "line 2 of the first  file\n"
lines_b[5:7] = ["completely different\n", "line 6 of the frist file\n", "inserted\n"]
del lines_b[9]
print("".join(difflib.ndiff(lines_a, lines_b)), end="")
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"),
      difflib.IS_LINE_JUNK(""), difflib.IS_LINE_JUNK("##"), difflib.IS_LINE_JUNK(" \t"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"),
      difflib.IS_CHARACTER_JUNK("x"))

# unified_diff / context_diff
s1 = ["bacon\n", "eggs\n", "ham\n", "guido\n"]
s2 = ["python\n", "eggy\n", "hamster\n", "guido\n"]
print("".join(difflib.unified_diff(s1, s2, fromfile="before.py", tofile="after.py")), end="")
print("".join(difflib.context_diff(s1, s2, fromfile="before.py", tofile="after.py")), end="")
for line in difflib.unified_diff("one two three four".split(), "zero one tree four".split(), "Original", "Current",
                                 "2005-01-26 23:30:50", "2010-04-02 10:20:52", lineterm=""):
    print(line)
print("".join(difflib.context_diff("one\ntwo\nthree\nfour\n".splitlines(True), "zero\none\ntree\nfour\n".splitlines(True),
                                   "Original", "Current")), end="")
a = ["%d\n" % i for i in range(30)]
b = a[:]
b[3] = "three\n"
del b[10]
b.insert(20, "new\n")
b[27] = "x\n"
print("".join(difflib.unified_diff(a, b)), end="")
print("".join(difflib.unified_diff(a, b, n=0)), end="")
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt", n=1)), end="")
print("".join(difflib.context_diff(a, b, n=1)), end="")
print("".join(difflib.context_diff(a, b, "a", "b", "d1", "d2", n=0)), end="")
print(list(difflib.unified_diff(a, a)), list(difflib.context_diff([], [])))
print(list(difflib.unified_diff([], ["x\n"])))
print(list(difflib.unified_diff(["x\n"], [])))
print(list(difflib.context_diff([], ["x\n"], lineterm="")))
print(list(difflib.context_diff(["x\n"], [])))
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
attempt("bytes lines", lambda: list(difflib.unified_diff([b"a\n"], [b"b\n"])))
attempt("bytes name", lambda: list(difflib.unified_diff(["a\n"], ["b\n"], fromfile=b"x")))
attempt("context bytes", lambda: list(difflib.context_diff(["a\n"], [1])))

# diff_bytes
out = list(difflib.diff_bytes(difflib.unified_diff, [b"one\n", b"caf\xe9\n", b"three\n"],
                              [b"one\n", b"cafe\n", b"\xff\xfe\n", b"three\n"], b"old", b"new"))
print(out)
print(list(difflib.diff_bytes(difflib.context_diff, [b"a\n"], [b"b\n"], lineterm=b"\r\n")))
attempt("diff_bytes str", lambda: list(difflib.diff_bytes(difflib.unified_diff, ["a\n"], [b"b\n"])))
attempt("diff_bytes str name", lambda: list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"], "x")))

print(SequenceMatcher[str])

# HtmlDiff
hd = difflib.HtmlDiff()
old = ["line one\n", "line two\n", "same\n", "\ttabbed line\n", "<tag> & entity\n", "deleted\n", "last\n"]
new = ["line 1\n", "line two\n", "same\n", "    tabbed line\n", "<tag> &amp; entity\n", "added\n", "more\n", "last\n"]
print(hd.make_table(old, new))
print(hd.make_table(old, new, "old.txt", "new.txt", context=True, numlines=1))
print(difflib.HtmlDiff(tabsize=4, wrapcolumn=12).make_table(
    ["a short one\n", "a considerably longer line that wraps\n", "x\n"],
    ["a short one\n", "a considerably longer lime that wraps around\n", "y\n"], "from", "to"))
print(hd.make_table([], []))
print(hd.make_table(["same\n"], ["same\n"], context=True))
print(hd.make_table(["a\n"], []))
page = hd.make_file(old, new, "before", "after", charset="us-ascii")
print(len(page))
print(page[:900])
print(page[-1200:])
print(hd.make_file(["caf\xe9 \u20ac\n"], ["cafe \u20ac\n"], charset="latin-1")[-900:-600])
print(hd.make_file(["caf\xe9\n"], ["cafe\n"]).count("caf\xe9"))
lines_a = ["line %d\n" % i for i in range(40)]
lines_b = lines_a[:]
lines_b[5] = "changed 5\n"
del lines_b[20:23]
lines_b.insert(30, "new line\n")
print(hd.make_table(lines_a, lines_b, context=True, numlines=2))
print(difflib._mdiff(["a\n"], ["b\n"]).__class__.__name__)
print(list(difflib._mdiff(["abc\n", "x\n"], ["abd\n", "y\n", "z\n"])))
print(list(difflib._mdiff(lines_a, lines_b, 1)))
