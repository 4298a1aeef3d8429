# str.format fields, format_map and format() (patch 0048); padding counts characters.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["a", "b"]


class Day:
    def __format__(self, spec):
        return "Day(" + spec + ")"


p = Point(1, 2)
d = {"key": "v", "n": 3}
print("{0.x},{0.y}".format(p), "{p.tags[1]}".format(p=p), "{a[0]}".format(a=[7]), "{d[key]}".format(d=d), "{0[n]:>4}".format(d))
print(f"{Day():%Y-%m-%d}", f"{Day()}", "{:abc}".format(Day()), format(Day(), "x"))
print("{name} is {age}".format_map({"name": "Ann", "age": 3}), format(3.14159, ".2f"), format(42), format(42, "08b"), format("x", "^5"))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("é", "日本", "ü", "€"), f"{'é':>4}|", "%5s|%-5s|" % ("é", "日本"))
try:
    "{1}".format("a")
except IndexError as e:
    print("IndexError", e)
print("%c|%3c|%-3c|%c" % (233, "€", 0x1F600, "x"), "{:c}{:^5c}|".format(65, 0x20AC), b"%c%c" % (65, 255))
for bad in [lambda: "%c" % "ab", lambda: "%c" % 0x110000, lambda: b"%c" % 256, lambda: "{:c}".format(-1)]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
