# Instance and global dicts: attribute stores and loads, global lookups, method calls.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.norm = x * x + y * y

    def moved(self, dx):
        return Point(self.x + dx, self.y)

total = 0
for i in range(150000):
    p = Point(i, 2).moved(1)
    total += p.x + p.y + p.norm
print(total)
