# Large joins in a loop: the work is in C copying bytes.
parts = ["x" * 10**6] * 4
while True:
    s = "".join(parts)
