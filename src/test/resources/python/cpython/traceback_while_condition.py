# An error in a while loop's condition names the `while` line, as in CPython (patch 0143): the
# condition's code comes after the body's, which ended on a later line.
def first_positive(values):
    i = 0
    while values[i] <= 0:
        print("skip", values[i])
        i += 1
        if i > 10:
            break
    return values[i]


print(first_positive([-1, 0, 3]))
n = 3
while n:
    n -= 1
else:
    print("else", n)
while True:
    n += 1
    if n > 2:
        break
print("after", n)
first_positive([-2, -1])
