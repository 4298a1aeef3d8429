# A sort that needs many merge passes (8,000 sorted runs of 64 items: 13 passes over 512,000
# items) is C work beyond the fuel: the meter must stop it inside the sort.
print(len(sorted(bytes(range(64)) * 8000)))
