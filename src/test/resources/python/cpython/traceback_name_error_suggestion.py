# A NameError's traceback suggests the closest defined name, as CPython 3.11 prints it
# (patch 0147): among the globals, then the builtins; str(e) stays the plain message.
account_total = 10
Account = "class-like"
try:
    acount_total
except NameError as e:
    print(e)
for source in ["prnt", "lenn", "accounttotal", "ACCOUNT", "xyz_unrelated", "Len"]:
    try:
        eval(source)
    except NameError as e:
        print(type(e).__name__, e)


def report():
    return account_totl + 1


print("before")
report()
