import json

docs = [
    '1', ' -0 ', '12345678901234567890123', '1.5', '-1e3', '1E-2', '0.0', '"text"', 'true', 'false', 'null',
    '[]', '{}', ' [1, 2.0, "x", null, true, [false]] ', '{"a": {"b": [1, {"c": "d"}]}, "e": 2}',
    '"\\u00e9\\u65e5 \\n\\t\\\\ \\/ \\" \\b\\f\\r"', '"\\ud800"', '"\\uDC00x"',
    'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]', '{"a": 1, "a": 2}', '\n\t{ "k" :\r\n "v" }\n',
]
for d in docs:
    print(ascii(json.loads(d)))

errors = [
    '', ' ', '[1,]', '{"a":1,}', '{a}', '{"a" 1}', '[1 2]', '"abc', '"a\x01"', '"\\q"', '"\\u12"',
    '1 2', 'nul', '[', '{', '{"a":', '-', '01', '1.', '[1,2', '{"a":1 "b":2}', '\ufeff1',
    '"\\ud800\\u12"', 'tru', '[1,\n2,\n,3]', '{"x": [1, 2}', '"abc\\', '{"a":1}\n\n  x', '-Infinityx',
    '{1: 2}', '[,]', '"\t"',
]
for d in errors:
    try:
        print(ascii(json.loads(d)))
    except json.JSONDecodeError as e:
        print(ascii(d), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=dict))
print(json.loads('{"b": {"x": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.10, 2]', parse_float=lambda s: 'F' + s))
print(json.loads('[1.10, 2]', parse_int=float))
print(json.loads('[NaN, 1]', parse_constant=lambda c: "const:" + c))
print(json.loads('"a\tb"', strict=False))
print(json.loads(b'{"bytes": [1]}'))
print(json.loads(b'\xef\xbb\xbf[3]'))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx{"a": 1}', 2))
try:
    dec.raw_decode(' 1')
except json.JSONDecodeError as e:
    print("raw:", e)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(json.loads('"\\ud83d\\ude00"') == '\U0001f600')
print(issubclass(json.JSONDecodeError, ValueError))
e = json.JSONDecodeError("msg", "ab\ncd", 4)
print(repr(e), e.args, e.lineno, e.colno)
print(json.JSONDecodeError.__module__, json.JSONDecoder.__module__, json.JSONEncoder.__module__)
from json.decoder import JSONDecodeError
print(JSONDecodeError is json.JSONDecodeError)
deep = "[" * 100 + "]" * 100
print(len(str(json.loads(deep))))
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("RecursionError", e)
round_trip = {"list": [1, 2.5, "s", None, True], "nested": {"k": ["v"]}, "unicode": "\u00fc\U0001f600"}
print(json.loads(json.dumps(round_trip)) == round_trip)
print(json.loads(json.dumps(round_trip, ensure_ascii=False, indent=2)) == round_trip)
