# A C builtin looping over an iterator: stopped by fuel, not only by the clock.
print(sum(range(10**9)))
