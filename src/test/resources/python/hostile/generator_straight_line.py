# A generator whose every step runs long straight-line code and then yields: each resumption
# must pay for the bytecode it runs, not only for the consumer's loop.
exec("def steps():\n    while True:\n" + "        x = 1\n" * 2000 + "        yield\n")
for _ in steps():
    pass
