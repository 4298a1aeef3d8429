# Re-enters an endless loop from every finally block.
while True:
    try:
        while True:
            pass
    finally:
        while True:
            pass
