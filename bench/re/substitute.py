# re.sub over about 100 KB of text: collapsing white space, and a template with two groups.
import re

paragraph = ("Contact alice@example for the report,   bob@work about   the budget.\n"
             "\tMeetings:  monday   and   thursday;  carol@home   is away.  ")
text = paragraph * 800  # about 100 KB

total = 0
for _ in range(3):
    out = re.sub(r"\s+", " ", text)
    out2 = re.sub(r"(\w+)@(\w+)", r"\2 at \1", text)
    total += len(out) + len(out2)
print(len(text), total)
