# An exception raised while handling another: "During handling of the above exception, ...".
def parse(text):
    try:
        return int(text)
    except ValueError:
        return fallback[text]


parse("x")
