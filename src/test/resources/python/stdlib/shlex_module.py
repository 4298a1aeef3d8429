# shlex: split (posix and not, comments), quote, join, the shlex class
import shlex
import io


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(shlex.__all__)
cases = [
    "",
    "   ",
    "a b c",
    "  leading and trailing  ",
    "foo 'bar baz' \"qux quux\"",
    "echo \"hello world\" 'single quoted'",
    "a\\ b c",
    "a\\\\b",
    "'it''s'",
    "\"it's\"",
    "'don'\"'\"'t'",
    "\"a \\\"quoted\\\" word\"",
    "\"back\\\\slash\" 'back\\\\slash'",
    "\"\\$HOME \\x\"",
    "''",
    "\"\"",
    "a '' b",
    "x=\"1 2\" y='3'",
    "ls -la /tmp # comment here",
    "cmd arg#notcomment # real comment",
    "one\ttwo\nthree\rfour",
    "--opt=val --flag -x",
    "a;b|c&&d>e<f",
    "(echo hi) && ls",
    "grep -E '^(a|b)$' file.txt",
    "caf\xe9 na\xefve",
    "\u20ac100 \u00fcber",
    "a\"b\"c 'd'e'f'",
    "\\'escaped\\' \\\"too\\\"",
    "multi\nline # c1\nnext # c2",
]
for s in cases:
    print(repr(s))
    attempt("  posix", shlex.split, s)
    attempt("  posix comments", shlex.split, s, comments=True)
    attempt("  non-posix", shlex.split, s, posix=False)
    attempt("  non-posix comments", shlex.split, s, True, False)

for bad in ["'unterminated", "\"unterminated", "trailing\\", "a 'b c", "\"a\\\""]:
    attempt("split " + repr(bad), shlex.split, bad)
    attempt("split non-posix " + repr(bad), shlex.split, bad, posix=False)

# quote / join
for s in ["", "abc", "a b", "it's", "$HOME", "a\"b", "-n", "file.txt", "a/b/c.d", "x=1", "user@host:22",
          "100%", "a+b,c", "tab\there", "new\nline", "*", "~", "caf\xe9", "semi;colon", "'", "''",
          "back\\slash", "!bang", "{}", "[x]", "a&b", "A_Z-0.9"]:
    print("quote", repr(s), repr(shlex.quote(s)))
print(shlex.quote(None))
attempt("quote(5)", shlex.quote, 5)
attempt("quote(b'a b')", shlex.quote, b"a b")
print(shlex.join(["ls", "-l", "my file", "it's", ""]))
print(shlex.join([]))
print(shlex.join(("echo", "$x", "a;b")))
args = ["cp", "a b", "c'd", "e\"f", "g\\h", "", "plain"]
print(shlex.split(shlex.join(args)) == args)
attempt("join([1])", shlex.join, [1])

# the shlex class, non-posix (default)
lex = shlex.shlex("a = 'b c' # comment\nd")
print(lex.posix, repr(lex.eof), repr(lex.commenters), repr(lex.whitespace), repr(lex.quotes), repr(lex.escape),
      repr(lex.escapedquotes), lex.whitespace_split, lex.lineno, repr(lex.punctuation_chars), lex.infile)
print(repr(lex.wordchars))
print(list(lex))
print(lex.lineno)

lex = shlex.shlex("x + y*2 - foo.bar(3, 'q')")
tokens = []
while True:
    tok = lex.get_token()
    if tok == lex.eof:
        break
    tokens.append(tok)
print(tokens, repr(lex.get_token()), repr(lex.get_token()))

# posix
lex = shlex.shlex("a 'b c' \"d e\" f\\ g", posix=True)
print(repr(lex.eof), len(lex.wordchars) > 63)
print(list(lex), repr(lex.get_token()))

# whitespace_split
lex = shlex.shlex("a-b c.d e/f x=y", posix=True)
print(list(lex))
lex = shlex.shlex("a-b c.d e/f x=y", posix=True)
lex.whitespace_split = True
print(list(lex))

# push_token / read_token
lex = shlex.shlex("one two three")
print(lex.get_token())
lex.push_token("pushed")
lex.push_token("again")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.read_token(), repr(lex.read_token()))

# punctuation_chars
for s in ["a && b || c", "ls|grep x>out.txt", "(a;b)", "echo hi;echo there", "a>>b 2>&1", "cmd --x=~/y.*"]:
    lex = shlex.shlex(s, punctuation_chars=True)
    print(repr(s), list(lex))
    lex = shlex.shlex(s, posix=True, punctuation_chars=True)
    lex.whitespace_split = True
    print("  ws", list(lex))
lex = shlex.shlex("a+b;c", punctuation_chars="+")
print(repr(lex.punctuation_chars), list(lex))
print(repr(shlex.shlex("x", punctuation_chars=True).punctuation_chars))
print("-" in shlex.shlex("", punctuation_chars=True).wordchars, "|" in shlex.shlex("", punctuation_chars="|~").wordchars,
      "~" in shlex.shlex("", punctuation_chars="|~").wordchars)

# custom settings
lex = shlex.shlex("key: value; other: 'quoted value'", posix=True)
lex.wordchars += ":"
lex.whitespace += ";"
print(list(lex))
lex = shlex.shlex("a%comment\nb#c", posix=True)
lex.commenters = "%"
print(list(lex))
lex = shlex.shlex("|a b| c", posix=True)
lex.quotes = "|"
print(list(lex))
lex = shlex.shlex("a^ b c", posix=True)
lex.escape = "^"
print(list(lex))

# streams, lineno, error_leader
stream = io.StringIO("first line\nsecond 'quoted'\nthird")
lex = shlex.shlex(stream, infile="conf.txt")
out = []
for tok in lex:
    out.append((tok, lex.lineno))
print(out)
print(lex.error_leader(), lex.error_leader("other", 7))
print(shlex.shlex("x").error_leader())
lex = shlex.shlex("a b")
lex.push_source("inner1 inner2")
print(list(lex))
lex = shlex.shlex("outer", posix=True)
lex.push_source(io.StringIO("in"), "f.txt")
print(lex.infile, lex.get_token(), lex.get_token(), lex.infile, repr(lex.get_token()))

# source inclusion through sourcehook
class Includer(shlex.shlex):
    def sourcehook(self, newfile):
        return (newfile, io.StringIO("included from " + newfile))


lex = Includer("start source inc.txt end")
lex.source = "source"
print(list(lex))

# debug output
lex = shlex.shlex("a 'b'")
lex.debug = 1
print(list(lex))
lex = shlex.shlex("x", posix=True)
lex.debug = 2
print(list(lex))

attempt("class unterminated", lambda: list(shlex.shlex("'abc")))
attempt("class no escaped", lambda: list(shlex.shlex("abc\\", posix=True)))
