# 2 million iterations of small-integer arithmetic (while and for loops).
total = 0
i = 0
while i < 1000000:
    total = (total + i * 3 - (i >> 2)) % 1000003
    i += 1
for j in range(1000000):
    total = (total ^ j) + (j & 7)
print(total)
