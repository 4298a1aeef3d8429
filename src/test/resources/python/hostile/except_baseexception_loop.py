# Swallows every exception, including whatever the host uses to stop it.
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
