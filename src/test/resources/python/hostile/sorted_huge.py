print(len(sorted(range(10**7))))
