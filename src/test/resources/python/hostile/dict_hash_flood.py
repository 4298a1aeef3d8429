# Keys that all hash alike (on wasm32 an int hashes to its low 31 bits) make every insertion
# probe past all the keys before it: n^2 / 2 probes, charged as fuel by the dict lookup.
keys = [(i << 32) + 7 for i in range(1, 20001)]
print(len(dict.fromkeys(keys)))
