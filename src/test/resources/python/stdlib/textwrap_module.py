# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options, against CPython.
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumps over the lazy dog. It was a well-known, long-established "
        "fact -- or so they said -- that foxes and dogs never-ever-ever got along.  Pneumonoultramicroscopicsilicovolcanoconiosis "
        "is a word.\tTabs\there, and\nnewlines\nthere. Mr. Smith's e-mail: first.last@example.com!")
for width in (10, 15, 20, 30, 45, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, break_long_words=False))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 25, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\tb\tc", 20, tabsize=4), textwrap.wrap("a\tbb\tccc\td", 40, tabsize=3, replace_whitespace=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.wrap(text, 12, max_lines=1, placeholder=" ~"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("one", 1), textwrap.wrap("x" * 25, 10))
print(textwrap.wrap("aaa-bbb-ccc-ddd", 6), textwrap.wrap("a-b-c-d-e-f", 4), textwrap.wrap("----------", 4))
print(textwrap.wrap("hello--world and what-not--more", 8), textwrap.wrap("one two", 3, subsequent_indent="  "))
for bad in (lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("hello world", 5, max_lines=1, placeholder=" [......]")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

print("-- shorten")
for w in (5, 10, 12, 20, 40, 200):
    print(repr(textwrap.shorten("Hello  world!  How are   you today?", w)))
print(repr(textwrap.shorten("Hello world!", width=11, placeholder="...")), repr(textwrap.shorten("  ", 10)))

print("-- dedent")
for s in ("    a\n    b\n", "  a\n    b\n  c", "\ta\n\t\tb", "  a\n\tb", "    a\n\n    b\n  \n", "no indent\n  here",
          "   \n   x\n", "  x\r\n  y", "", "  only", "        foo\n    bar\n  \t\n        baz\n", "  a\n \tb"):
    print(repr(textwrap.dedent(s)))
code = '''
    def f():
        return 1
'''
print(textwrap.dedent(code))

print("-- indent")
for s in ("a\nb\n\nc", "a\r\nb\rc\n", "  \nx\n", "a\x0bb\x0cc", "", "single"):
    print(repr(textwrap.indent(s, "> ")), repr(textwrap.indent(s, "+", lambda line: True)))
print(repr(textwrap.indent("a\nbb\nccc\n", "#", lambda line: len(line.strip()) > 1)))

print("-- TextWrapper")
w = TextWrapper(width=20, initial_indent="- ", subsequent_indent="  ", break_long_words=False)
print(w.wrap(text))
w.width = 35
w.max_lines = 2
print(w.fill(text))
print(TextWrapper().width, TextWrapper().placeholder, TextWrapper().tabsize, TextWrapper(5).width)
