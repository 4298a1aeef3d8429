# itertools: every function, lazy iteration, edge cases (groupby on unsorted input, tee
# independence, product with repeat, empty inputs).
from itertools import *
try:
    from itertools import batched
except ImportError:  # CPython < 3.12: the recipe from the 3.12 documentation
    def batched(iterable, n):
        if n < 1:
            raise ValueError('n must be at least one')
        it = iter(iterable)
        while batch := tuple(islice(it, n)):
            yield batch
import itertools
print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), repr(count(3)), repr(count(1, 2)))
print(list(islice(cycle("ab"), 5)), list(repeat(7, 3)), repr(repeat('x', 2)), list(islice(repeat(1), 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([], initial=5)))
import operator
print(list(accumulate([1,2,3,4], operator.mul)))
print(list(chain("ab", [1], ())), list(chain.from_iterable(["xy", "z"])), list(chain()))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([(k, list(g)) for k, g in groupby([1, 1, 2, 3, 3, 1], key=lambda v: v % 2)])
groups = groupby("aabbc")
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])
print([k for k, g in groupby([])])
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
it = iter(range(10)); print(list(islice(it, 1, 3)), next(it))
try: islice([], -1)
except ValueError as e: print("ValueError", e)
print(list(pairwise("ABCD")), list(pairwise("A")), list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a), len(tee([1], 3)), tee([], 0))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(product("ab", range(2))), list(product(range(2), repeat=3))[:3], len(list(product("ab", "cd", repeat=2))), list(product()), list(product([], [1])))
print(list(permutations("ABC", 2)), len(list(permutations(range(4)))), list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("a", 2)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)))
print(list(batched("ABCDEFG", 3)), list(batched([], 2)))
try: list(batched("a", 0))
except ValueError as e: print("ValueError", e)

# laziness: infinite inputs are fine
print(next(filterfalse(lambda v: v < 10, count())), list(islice(accumulate(count(1)), 4)))
print(list(zip(range(3), cycle([True, False]))), list(takewhile(lambda v: v < 3, count())))
# groupby on unsorted input: runs, not groups
data = ["apple", "avocado", "banana", "apricot", "blueberry", "cherry"]
print([(k, len(list(g))) for k, g in groupby(data, key=lambda w: w[0])])
print([(k, len(list(g))) for k, g in groupby(sorted(data), key=lambda w: w[0])])
# tee: the copies advance independently, also after the source is read
src = iter(range(5))
t1, t2, t3 = tee(src, 3)
print(next(t1), next(t1), next(t2), list(t3), list(t1), list(t2))
print(list(starmap(lambda a, b: a * b, zip([1, 2, 3], [4, 5, 6]))))
print(list(zip_longest("ab", "wxyz", "q")))
print(len(list(product(range(3), repeat=4))), list(product("ab", repeat=0)), list(product([1, 2], [])))
print(list(permutations(range(3))), list(combinations_with_replacement([1, 2, 3], 1)))
print(sum(1 for _ in combinations(range(10), 4)), list(islice(permutations("abcd"), 3)))
print(list(compress(range(6), cycle([1, 0]))), list(chain.from_iterable(repeat("ab", 2))))
print(list(accumulate([5, 3, 8, 1], min)), list(accumulate("abc")))
print(list(pairwise(range(5))), list(islice(count(5, -1), 4)))
print([list(b) for b in batched(range(10), 4)])
c = count(); next(c); print(repr(c))
