# The examples of CPython's re documentation (https://docs.python.org/3/library/re.html),
# each printed so that the sandbox's output can be compared with CPython's.
import re

# Module contents: split
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'Words, words, words.'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(\W*)', '...words...'))

# findall
print(re.findall(r'\bf[a-z]*', 'which foot or hand fell fastest'))
print(re.findall(r'(\w+)=(\d+)', 'set width=20 and height=10'))

# sub
print(repr(re.sub(r'def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):',
                  r'static PyObject*\npy_\1(void)\n{',
                  'def myfunc():')))


def dashrepl(matchobj):
    if matchobj.group(0) == '-':
        return ' '
    else:
        return '-'


print(re.sub('-{1,2}', dashrepl, 'pro----gram-files'))
print(re.sub(r'\sAND\s', ' & ', 'Baked Beans And Spam', flags=re.IGNORECASE))
print(re.sub('x*', '-', 'abxd'))

# escape
print(re.escape('https://www.python.org'))
legal_chars = 'abcdefghijklmnopqrstuvwxyz' + '0123456789' + "!#$%&'*+-.^_`|~:"
print('[%s]+' % re.escape(legal_chars))
operators = ['+', '-', '*', '/', '**']
print('|'.join(map(re.escape, sorted(operators, reverse=True))))
digits_re = r'\d+'
sample = '/usr/sbin/sendmail - 0 errors, 12 warnings'
print(re.sub(digits_re, digits_re.replace('\\', r'\\'), sample))

# the flags
a = re.compile(r"""\d +  # the integral part
                   \.    # the decimal point
                   \d *  # some fractional digits""", re.X)
b = re.compile(r"\d+\.\d*")
print(a.match('3.14159').group(), b.match('3.14159').group(), a.groups, b.groups)

# lookbehind
m = re.search('(?<=abc)def', 'abcdef')
print(m.group(0))
m = re.search(r'(?<=-)\w+', 'spam-egg')
print(m.group(0))
print(re.match('Isaac (?=Asimov)', 'Isaac Asimov'), re.match('Isaac (?=Asimov)', 'Isaac Newton'))
print(re.match('Isaac (?!Asimov)', 'Isaac Asimov'), re.match('Isaac (?!Asimov)', 'Isaac Newton'))

# named groups and the conditional
print(re.search(r'''(?P<quote>['"]).*?(?P=quote)''', 'say "hi" or \'ho\'').group())
email = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for text in ('<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>'):
    m = email.match(text)
    print(text, m and m.group())
print(re.match(r'(.+) \1', 'the the'), re.match(r'(.+) \1', '55 55'), re.match(r'(.+) \1', 'thethe'))
for text in ('foo', 'foo.', '(foo)', 'bar foo baz', 'foobar', 'foo3'):
    print(text, bool(re.search(r'\bfoo\b', text)))
for text in ('python', 'py3', 'py2', 'py', 'py.', 'py!'):
    print(text, bool(re.search(r'py\B', text)))
print(re.match(r'(?>.*).', 'anything'))

# Pattern methods
pattern = re.compile("d")
print(pattern.search("dog"), pattern.search("dog", 1))
pattern = re.compile("o")
print(pattern.match("dog"), pattern.match("dog", 1))
pattern = re.compile("o[gh]")
print(pattern.fullmatch("dog"), pattern.fullmatch("ogre"), pattern.fullmatch("doggie", 1, 3))

# Match objects
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m[0], m[1], m[2])
m = re.match(r"(?P<first_name>\w+) (?P<last_name>\w+)", "Malcolm Reynolds")
print(m.group('first_name'), m.group('last_name'), m.group(1), m.group(2))
print(sorted(m.groupdict().items()))
m = re.match(r"(?P<first_name>\w+) (?P<last_name>\w+)", "Isaac Newton")
print(m['first_name'], m['last_name'])
m = re.match(r"(..)+", "a1b2c3")
print(m.group(1))
m = re.match(r"(\d+)\.(\d+)", "24.1632")
print(m.groups())
m = re.match(r"(\d+)\.?(\d+)?", "24")
print(m.groups(), m.groups('0'))
m = re.search('b(c?)', 'cba')
print(m.start(0), m.end(0), m.start(1), m.end(1))
try:
    m.start(2)
except IndexError as e:
    print('IndexError', e)
email = "tony@tiremove_thisger.net"
m = re.search("remove_this", email)
print(email[:m.start()] + email[m.end():])
for pattern in (r'(a)b', r'((a)(b))', r'((ab))', r'(a)(b)'):
    print(pattern, re.match(pattern, 'ab').lastindex)


# Checking for a pair
def displaymatch(match):
    if match is None:
        return None
    return '<Match: %r, groups=%r>' % (match.group(), match.groups())


valid = re.compile(r"^[a2-9tjqk]{5}$")
print(displaymatch(valid.match("akt5q")), displaymatch(valid.match("akt5e")),
      displaymatch(valid.match("akt")), displaymatch(valid.match("727ak")))
pair = re.compile(r".*(.).*\1")
print(displaymatch(pair.match("717ak")), displaymatch(pair.match("718ak")), displaymatch(pair.match("354aa")))
print(pair.match("717ak").group(1), pair.match("354aa").group(1))

# Simulating scanf()
print(re.match(r'(\S+) - (\d+) errors, (\d+) warnings', '/usr/sbin/sendmail - 0 errors, 4 warnings').groups())
print(re.findall(r'[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?', '1.5 -3 +.25e-3 7E+2'))
print(re.findall(r'[-+]?(0[xX][\dA-Fa-f]+|0[0-7]*|\d+)', '0x1F 017 42 -0'))
print(re.match(r'.{5}', 'abcdefg').group(), re.findall(r'[-+]?[0-7]+', '017 -9 +5'))

# search() vs. match()
print(re.match("c", "abcdef"), re.search("c", "abcdef"))
print(re.search("^c", "abcdef"), re.search("^a", "abcdef"))
print(re.match('X', 'A\nB\nX', re.MULTILINE), re.search('^X', 'A\nB\nX', re.MULTILINE))

# Making a phonebook
text = """Ross McFluff: 834.345.1254 155 Elm Street

Ronald Heathmore: 892.345.3428 436 Finley Avenue
Frank Burger: 925.541.7625 662 South Dogwood Way


Heather Albrecht: 548.326.4584 919 Park Place"""
entries = re.split("\n+", text)
print(entries)
print([re.split(":? ", entry, 3) for entry in entries])
print([re.split(":? ", entry, 4) for entry in entries])


# Text munging, with a deterministic "shuffle": the inner letters reversed
def repl(m):
    inner_word = list(m.group(2))
    inner_word.reverse()
    return m.group(1) + "".join(inner_word) + m.group(3)


text = "Professor Abdolmalek, please report your absences promptly."
print(re.sub(r"(\w)(\w+)(\w)", repl, text))

# Finding all adverbs, and their positions
text = "He was carefully disguised but captured quickly by police."
print(re.findall(r"\w+ly\b", text))
for m in re.finditer(r"\w+ly\b", text):
    print('%02d-%02d: %s' % (m.start(), m.end(), m.group(0)))

# Raw string notation
print(re.match(r"\W(.)\1\W", " ff "), re.match("\\W(.)\\1\\W", " ff "))
print(re.match(r"\\", r"\\"), re.match("\\\\", r"\\"))


# Writing a tokenizer
def tokenize(code):
    keywords = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}
    token_specification = [
        ('NUMBER',   r'\d+(\.\d*)?'),  # Integer or decimal number
        ('ASSIGN',   r':='),           # Assignment operator
        ('END',      r';'),            # Statement terminator
        ('ID',       r'[A-Za-z]+'),    # Identifiers
        ('OP',       r'[+\-*/]'),      # Arithmetic operators
        ('NEWLINE',  r'\n'),           # Line endings
        ('SKIP',     r'[ \t]+'),       # Skip over spaces and tabs
        ('MISMATCH', r'.'),            # Any other character
    ]
    tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in keywords:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line_num}')
        yield kind, value, line_num, column


statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
'''

for token in tokenize(statements):
    print(token)
try:
    list(tokenize('x := 1 ? 2'))
except RuntimeError as e:
    print('RuntimeError', e)
