# keyword: kwlist, softkwlist, iskeyword, issoftkeyword
import keyword

print(keyword.kwlist)
print(len(keyword.kwlist))
print(keyword.softkwlist)
print(sorted(keyword.__all__))
print(type(keyword.kwlist).__name__, type(keyword.softkwlist).__name__)
for word in ["if", "If", "IF", "True", "true", "None", "async", "await", "match", "case", "_",
             "print", "exec", "nonlocal", "yield", "type", "", " if", "if ", "lambda", "__peg_parser__"]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(keyword.iskeyword(1), keyword.issoftkeyword(None), keyword.iskeyword(b"if"))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
print(any(keyword.iskeyword(k) for k in keyword.softkwlist))
print(any(keyword.issoftkeyword(k) for k in keyword.kwlist))
print(keyword.kwlist == sorted(keyword.kwlist))
for bad in ([], {}, set()):
    try:
        print(keyword.iskeyword(bad))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(keyword.issoftkeyword(bad))
    except TypeError as e:
        print(type(e).__name__, e)
# keywords really are reserved: compiling them as names fails
for word in ["pass", "class", "match", "case", "_"]:
    try:
        exec(word + " = 1")
        print(word, "assignable")
    except SyntaxError:
        print(word, "SyntaxError")
