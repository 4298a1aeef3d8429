# The tokenizer of CPython's re documentation (named groups, finditer, lastgroup) over about
# 10 KB of program text. Needs the new `re` (CPython and the sandbox only).
import re

SPEC = [
    ("NUMBER", r"\d+(\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]+"),
    ("OP", r"[+\-*/=<>()]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
TOKEN = re.compile("|".join("(?P<%s>%s)" % pair for pair in SPEC))
LINES = [
    "    total := total + price * quantity;",
    "    IF quantity > 10 THEN discount := 0.05 * total; ENDIF;",
    "    tax_rate := 0.19; tax := (total - discount) * tax_rate;",
    "    FOR item IN basket DO count := count + 1; NEXT;",
]
text = "\n".join(LINES * 48)

count = 0
kinds = {}
for _ in range(5):
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind != "SKIP":
            kinds[kind] = kinds.get(kind, 0) + 1
            count += 1
print(len(text), count, sorted(kinds.items()))
