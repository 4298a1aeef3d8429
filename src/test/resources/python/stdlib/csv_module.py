# csv: reading and writing with every dialect option, quoting, quotes and newlines in fields.
import csv
import io


def read(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline="") if False else text.splitlines(True), **kw))
    except (csv.Error, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)


def write(rows, **kw):
    out = io.StringIO()
    w = csv.writer(out, **kw)
    try:
        for row in rows:
            w.writerow(row)
    except csv.Error as e:
        return "Error: %s" % e
    return out.getvalue()


print("-- reading")
for text in ('a,b,c\r\n1,2,3\r\n', 'a,b\n\nc,d\n', '"quoted","with ""quotes""",plain\n', '"multi\nline",x\n',
             '"multi\r\nline",x\r\n', 'a,"b,c",d\n', ',,\n', '""\n', '"",""\n', 'a, b,  c\n', ' "a",b\n',
             'a"b,c\n', '"a"b,c\n', '"unterminated\n', 'trailing,\n', 'no newline at end', 'x\ry\rz', 'a\tb\n',
             '"a"  ,b\n', 'a,"",b\n', '\n', '"abc\ndef\n'):
    print(repr(text), read(text))
print(read('a;b;"c;d"\n', delimiter=";"), read("a|'b|c'|d\n", delimiter="|", quotechar="'"))
print(read('a, b, "c, d"\n', skipinitialspace=True), read('a,\\,b,c\\\nd\n', escapechar="\\"))
print(read('"a\\"b",c\n', escapechar="\\", doublequote=False), read('"a""b",c\n', doublequote=False))
print(read('a,"b",3.5,-1\n', quoting=csv.QUOTE_NONNUMERIC), read('1,2\n', quoting=csv.QUOTE_NONNUMERIC))
print(read('a,"b,c",d\n', quoting=csv.QUOTE_NONE), read('"a"x,b\n', strict=True), read('"abc\n', strict=True))
print(read('x,abc\n', quoting=csv.QUOTE_NONNUMERIC))
print(read("a\tb\t'c\td'\n", dialect="excel-tab", quotechar="'"), read('"a","b"\n', dialect="unix"))
rows = csv.reader(["a,b", "c,d", "e,f"])
print(next(rows), rows.line_num, list(rows), rows.line_num, rows.dialect.delimiter, repr(rows.dialect.lineterminator))

print("-- writing")
rows = [["plain", "with,comma", 'with "quote"', "with\nnewline", "with\rcr", "", None, 1, 2.5, True, -0]]
for kw in ({}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC}, {"lineterminator": "\n"},
           {"delimiter": ";"}, {"quotechar": "'"}, {"doublequote": False, "escapechar": "\\"},
           {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"dialect": "unix"}, {"dialect": "excel-tab"},
           {"doublequote": False}, {"quoting": csv.QUOTE_NONE}):
    print(kw, repr(write(rows, **kw)))
print(repr(write([[], [""], ["", ""], [None], ["a"], [" "], ["x", None]])), repr(write([[""]], quoting=csv.QUOTE_NONE)))
print(repr(write([["a\\b", "c"]], escapechar="\\")), repr(write([["a\\b", 'q"']], escapechar="\\", quoting=csv.QUOTE_NONE)))
print(repr(write([("t", "u"), "xy", range(3)])))
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", "b"]), w.writerows([[1, 2], [3, 4]]), repr(out.getvalue()), w.dialect.quoting)
try:
    w.writerow(5)
except csv.Error as e:
    print("Error", e)

print("-- round trips")
tricky = [["a", 'b "quoted"', "c,d", "e\nf", "g\r\nh", ""], ["", "", ""], ["x"], ['"', '""', ","]]
for kw in ({}, {"quoting": csv.QUOTE_ALL}, {"dialect": "unix"}, {"escapechar": "\\", "doublequote": False}):
    text = write(tricky, **kw)
    print(kw, list(csv.reader(io.StringIO(text), **kw)) == tricky)

print("-- DictReader / DictWriter")
data = "name,age,city\r\nAnn,30,Oslo\r\nBob,25\r\nCy,40,Rome,extra,more\r\n\r\nDee,,\r\n"
r = csv.DictReader(io.StringIO(data), restval="?")
print(r.fieldnames, r.line_num)
for row in r:
    print(sorted(row.items(), key=lambda kv: str(kv[0])), r.line_num)
r = csv.DictReader(["1;2", "3;4;5"], fieldnames=["x", "y"], restkey="rest", delimiter=";")
print([sorted(row.items()) for row in r])
print(csv.DictReader(io.StringIO("")).fieldnames)
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "age", "note"], restval="-")
print(w.writeheader())
w.writerow({"name": "Ann", "age": 30, "note": 'said "hi"'})
w.writerows([{"name": "Bob"}, {"age": 1, "name": "x,y"}])
print(repr(out.getvalue()))
try:
    w.writerow({"name": "E", "bad": 1})
except ValueError as e:
    print("ValueError", e)
w2 = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
print(w2.writerow({"a": 1, "b": 2}))
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad")
except ValueError as e:
    print("ValueError", e)

print("-- dialects")
print(sorted(csv.list_dialects()), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote, d.skipinitialspace, d.escapechar)
print(repr(write([["a", "b"]], dialect="pipes")), read('"a"|"b"\n', dialect="pipes"))


class Semi(csv.excel):
    delimiter = ";"


print(repr(write([["a;b", "c"]], dialect=Semi)), read("a;b\n", dialect=Semi), Semi().delimiter)


class NoQuote(csv.Dialect):
    delimiter = ","
    quoting = csv.QUOTE_MINIMAL
    lineterminator = "\n"


try:
    NoQuote()
except csv.Error as e:
    print("Error", e)
for kw in ({"quotechar": None, "quoting": csv.QUOTE_MINIMAL}, {"quotechar": None, "dialect": "unix"}):
    try:
        print(csv.writer(io.StringIO(), **kw).dialect.quoting)
    except TypeError as e:
        print("TypeError", e)
print(csv.writer(io.StringIO(), quotechar=None).dialect.quoting)
csv.unregister_dialect("pipes")
for bad in (lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("nope")):
    try:
        bad()
    except csv.Error as e:
        print("Error", e)
for kw in ({"delimiter": ";;"}, {"delimiter": 5}, {"quoting": 9}, {"quotechar": None}, {"quotechar": "ab"}):
    try:
        csv.writer(io.StringIO(), **kw)
        print("ok", kw)
    except TypeError as e:
        print("TypeError", e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
print(read("0123456789A,b\n"))
csv.field_size_limit(131072)
print(issubclass(csv.Error, Exception), csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.unix_dialect.quoting)
print(read("a  b   c\n", delimiter=" ", skipinitialspace=True), read("a  b\n", delimiter=" "), read(" , a,\n", skipinitialspace=True),
      read("x\ty\n\n\nz\n", dialect="excel-tab"), list(csv.reader(["", "a,b", ""])), list(csv.reader(["a,b\r\n", "c\r"])))
