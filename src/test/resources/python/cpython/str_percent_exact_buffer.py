# "%s" and "%r" (patch 0048): the text of an argument fills a buffer of exactly its length, and
# the character count must stop at that length whatever byte the heap holds after it. The free
# heap is first filled with bytes 0xb2 (a UTF-8 continuation byte) so that the byte after the
# buffer is one; an overrun showed as a stray 0xb2 ("[6]]]\xb2]]" in pprint's output).
import gc


def stale_heap(junk_size):
    junk = [b"\xb2" * junk_size for _ in range(3000)]
    del junk
    gc.collect()


cases = [
    ("%s", "0123456789abcdef"),
    ("[%s]", "3, [4, [5, [6]]]"),
    ("%s", [10, 20, 30, 40]),
    ("%r", "0123456789abc"),
    ("%-20s|", "0123456789abcdef"),
    ("%.16s|", "0123456789abcdefgh"),
    ("%s", "0123456789abcdé"),
    ("%s", "x" * 31),
    ("%s", "x" * 32),
]
for junk_size in (15, 31, 47):
    stale_heap(junk_size)
    for fmt, arg in cases:
        results = {fmt % arg for _ in range(300)}
        print(junk_size, repr(fmt), sorted(results))
