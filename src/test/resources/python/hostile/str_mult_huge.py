s = "a" * (2**31)
print(len(s))
