s = ""
while True:
    s += "longer string"
