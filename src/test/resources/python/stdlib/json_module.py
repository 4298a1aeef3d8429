# json: dumps/loads output and errors byte-identical to CPython's, for every option.
import json
from json import JSONDecodeError, JSONEncoder, JSONDecoder

value = {"name": "caf\u00e9 \u2603 \U0001F600", "list": [1, 2.5, -3, 1e20, 0.1, True, False, None, "a\"b\\c\n\t\x01\x7f"],
         "nested": {"empty_list": [], "empty_dict": {}, "tuple": (1, 2), "deep": [[[]], [{}]]}, "int": 12345678901234567890}
for kwargs in ({"sort_keys": True}, {"indent": 2, "sort_keys": True}, {"indent": 0, "sort_keys": True},
               {"indent": "\t", "sort_keys": True}, {"indent": "--", "sort_keys": True},
               {"separators": (",", ":"), "sort_keys": True}, {"separators": (" , ", " : "), "indent": 1, "sort_keys": True},
               {"ensure_ascii": False, "sort_keys": True}, {"ensure_ascii": False, "indent": 3, "sort_keys": True}):
    print(sorted(kwargs.items()))
    print(json.dumps(value, **kwargs))
for v in (None, True, False, 0, -1, 2**64, 1.5, -0.0, 1e-7, 123456789.0, "", "x", [], {}, [[]], [{}], "\u00e9",
          "\ud83d", float("inf"), float("-inf"), [1, [2, [3, [4]]]], {"k": None}, (1,), "\x00\x1f\x20\x7e\x7f\x80"):
    print(repr(json.dumps(v)), [ord(c) for c in json.dumps(v, ensure_ascii=False)], repr(json.dumps([v], indent=1)))
print(json.dumps(float("nan")), json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}, sort_keys=False)[:0],
      json.dumps({1: "a"}), json.dumps({2.5: "a"}), json.dumps({True: 1}), json.dumps({None: 1}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=4, separators=(",", ": ")))
print(json.dumps({(1, 2): "x", "ok": 1}, skipkeys=True))
for bad, kwargs in (({(1, 2): "x"}, {}), (float("nan"), {"allow_nan": False}), ({1j: 1} if False else set(), {}),
                    (object(), {}), ([float("inf")], {"allow_nan": False})):
    try:
        print(json.dumps(bad, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(":")[0])
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError", e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return JSONEncoder.default(self, o)


print(json.dumps([Point(1, 2), {3, 1, 2}], cls=PointEncoder, sort_keys=True))
print(json.dumps({"p": Point(3, 4)}, default=lambda o: [o.x, o.y]), PointEncoder(indent=2, sort_keys=True).encode([Point(0, 0)]))
print(JSONEncoder(sort_keys=True).encode({"b": [1], "a": "\u00e9"}), JSONEncoder().encode("\u00e9"),
      JSONEncoder(ensure_ascii=False).encode("\u00e9") == '"\u00e9"', list(JSONEncoder().iterencode([1]))[:0])
try:
    json.dumps([Point(1, 1)], cls=PointEncoder, default=None) and json.dumps(Point(1, 1))
except TypeError as e:
    print("TypeError", e)

print("-- loads")
docs = ['{"a": [1, 2.5, -3, 1e3, 1E-2, -0, -0.0, 0.5e+1], "b": {"c": null, "d": true, "e": false}}', '[]', '{}', '""',
        '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\ud83d\\ude00"', '"\\ud83dx"', '12345678901234567890123', '  [1 , 2 ]  ',
        '\n\t{"k" :\n"v"}\r\n', '[NaN, Infinity, -Infinity]', '{"a": 1, "a": 2}', '[[[[[]]]]]', '1.0', '0', '-1', '"x"',
        '{"nested": {"list": [{"x": 1}, {"y": [true, false, null]}]}}', '123.456e-2', '[1e400, -1e400]']
for doc in docs:
    result = json.loads(doc)
    print(repr(doc), json.dumps(result, sort_keys=True), type(result).__name__,
          [ord(c) for c in result] if isinstance(result, str) else "")
bad_docs = ['[1,2,]', '{"a":1,}', '[1 2]', '{"a" 1}', '"\x01"', '"a\tb"', '01', '1.', '.5', '-', '+1', '1e', '[1]x', 'tru',
            '"\\x"', '"\\u12"', "'a'", '{1:2}', '[', '', ' ', '{"a":}', '{"a":1 "b":2}', '"abc', '[-]', '[.1]', '[1.e1]',
            '00', '-01', '1_0', '0x10', '[1', '{"a"', '{"a":', '{', '{"a":1', 'nul', '[true false]', '"\\u12x4"',
            '"\\ud83d\\u12x4"', '\ufeff[]', '[\n1,\n2,\n]', '{"a": [1, {"b": }]}', '"abc\\', '"\\u123"']
for doc in bad_docs:
    try:
        print(repr(doc), "OK", json.loads(doc))
    except JSONDecodeError as e:
        print(repr(doc), e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.loads(b'{"bytes": "\xc3\xa9"}')["bytes"] == "\u00e9", json.loads(bytearray(b"[1]")), json.loads(b"\xef\xbb\xbf[2]"))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": [2, {"c": 3}]}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1.5, 2, 1e2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "C" + s), json.loads('"a\tb"', strict=False))
print(JSONDecoder().decode("[1]"), JSONDecoder().raw_decode('[1] trailing'), JSONDecoder().raw_decode('xx{"a": 1}', 2))
big = {"rows": [{"id": i, "name": "row %d" % i, "tags": ["t%d" % (i % 3)], "score": i * 0.5} for i in range(200)]}
text = json.dumps(big, sort_keys=True)
print(len(text), json.loads(text) == big, json.dumps(json.loads(text), sort_keys=True) == text)
import io
buf = io.StringIO()
json.dump({"x": [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()), json.load(io.StringIO(buf.getvalue())))
print("-- plain data")
for v in (["a\bb\fc\\u0008"], ["\u00e9\u2603\U0001F600\x7f", {"k\u00e9": [1, 2.5, None]}], [[[1]], (2, 3), {"x": {"y": {}}}],
          "\x00\x1f", [1e20, 1e-7, -0.0, 12345678901234567890, True, False], {"a": "\\", "b": "\""} and {"q": "\"\\/"},
          "deep"):
    print(json.dumps(v), json.dumps(v, ensure_ascii=False), json.dumps(v, separators=(",", ":")))
deep = "deep"
for _ in range(40):
    deep = [deep]
print(json.dumps(deep) == "[" * 40 + '"deep"' + "]" * 40, json.loads(json.dumps(deep)) == deep)
print(json.dumps([{"x": 1}, {"y": (1, 2)}], separators=(";", "=")), json.dumps(["x"], separators=(",", ":")))
