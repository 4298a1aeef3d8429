# *args may come after the 30th argument of a call (patch 0146): MicroPython's compiler flagged
# them in a small int and refused a *arg at position 30 or later.
def count(*args, **kwargs):
    return len(args), args[-3:], sorted(kwargs)


MORE = ["a", "b", "c"]
print(count(*range(200)))
print(count(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
            23, 24, 25, 26, 27, 28, *MORE))
print(count(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
            23, 24, 25, 26, 27, 28, 29, *MORE))
print(count(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
            23, 24, 25, 26, 27, 28, 29, 30, 31, 32, *MORE, 33, *iter("xy"), key=1, **{"k2": 2}))
print(count(*MORE, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
            21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41))
args = ", ".join(str(i) for i in range(100))
print(eval("count(" + args + ", *MORE, " + args + ", *MORE)"))
print(eval("count(" + ", ".join(str(i) for i in range(250)) + ", *MORE)"))


class Box:
    def put(self, *items):
        return len(items), items[30:]


print(Box().put(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, *(40, 41)))
print(list(zip(*[[1, 2]] * 40))[0][35:], max(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                                              15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
                                              28, 29, 30, 31, *[99, 3]))
