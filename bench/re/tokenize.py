# Tokenising about 10 KB of program text, line by line, with one master pattern: match at the
# start of the rest of the line, take the token, go on. Only API that MicroPython's old `re`
# also has (match, group), so the same script runs on every engine.
import re

TOKEN = re.compile(r"\d+\.?\d*|:=|;|[A-Za-z_]+|[+*/=<>-]|[ \t]+|\(|\)|.")
LINES = [
    "    total := total + price * quantity;",
    "    IF quantity > 10 THEN discount := 0.05 * total; ENDIF;",
    "    tax_rate := 0.19; tax := (total - discount) * tax_rate;",
    "    FOR item IN basket DO count := count + 1; NEXT;",
]
text = "\n".join(LINES * 48)  # about 10 KB


def tokenize(line):
    n = 0
    while line:
        tok = TOKEN.match(line).group(0)
        line = line[len(tok):]
        n += 1
    return n


count = 0
for _ in range(5):
    for line in text.split("\n"):
        count += tokenize(line)
print(len(text), count)
