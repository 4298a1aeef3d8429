# Large joins in a loop: the work is in C copying bytes.
parts = ["x" * 10**5] * 4
while True:
    s = "".join(parts)
