# Compiling 200 different patterns (a cache miss each): the cost of parsing and compiling.
import re

count = 0
for i in range(200):
    p = re.compile(r"^([\w.+-]+)@([\w-]+)\.(com|org|net)\s*(\d+)?;%d$" % i)
    count += 1 if p.match("john.doe@example.com 42;%d" % i) else 0
print(count)
