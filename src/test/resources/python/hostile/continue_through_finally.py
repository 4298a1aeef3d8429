# Each continue leaves a try/finally: the VM runs the finally block and jumps back through its
# unwinding path (UNWIND_JUMP, END_FINALLY) rather than a plain jump.
n = 0
while True:
    try:
        n += 1
        continue
    finally:
        n -= 1
