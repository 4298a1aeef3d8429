# A NameError close to a builtin's name suggests the builtin (patch 0147), when no global is
# closer; a change of case costs less than any other edit.
Lengths = [1, 2]
print("before")
total = Len(Lengths)
