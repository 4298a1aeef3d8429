# Long straight-line code that ends in an exception raised by C code, caught and repeated:
# the bytecode before the exception must be paid for.
exec("def work():\n" + "    x = 1\n" * 2000 + "    return 1 // 0\n")
while True:
    try:
        work()
    except ZeroDivisionError:
        pass
