l = [0] * 10**9
print(len(l))
