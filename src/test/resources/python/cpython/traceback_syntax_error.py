# A program that does not compile prints the SyntaxError's location and message, with no
# "Traceback" header (patch 0145): there is no frame yet. Nothing runs, not even this print.
print("never printed")
print([[(j := i) for i in range(2)] for j in range(2)])
