import tomllib
import os
from decimal import Decimal

DOCS = ['a', 'a =', 'a = ', 'a = 1 b = 2', '= 1', 'a = "x', 'a = "x\ny"', 'a = [1, 2', 'a = {b = 1', 'a = {b = 1,}', 'a = 1\na = 2', '[t]\n[t]', '[t', '[[t]\n', 'a.b = 1\n[a]\nc=2', 'a = 1\n[a]', 'a = {b=1}\n[a]', 'a = [1]\n[[a]]', 'a = "\\q"', 'a = "\\u12"', 'a = "\\uD800"', 'a = 01', 'a = 1__0', 'a = 0x', 'a = 1.', 'a = .5', 'a = +inf_', 'a = 1979-13-01', 'a = 1979-05-27T25:00:00', 'a = tru', 'a = [1,,2]', "a = '''x", 'a = "a\x01b"', '"k\nk" = 1', 'a = 1 # c\x7f', 'a.b = 1\na.b.c = 2', 'x = {a.b=1, a.b=2}', 'a = [\n1\n2]', 'a = 1979-05-27 07:32', '[a.b]\n[a]\n[a]', 'a = {}\na.b = 1', 'a = """x""""""', 'a = 0b2', 'a = 9999999999999999999999', 'a = -0x1', '\ufeffa = 1', 'a = 1\r\n', 'a = 1\rb=2',
 '[a]\nb.c = 1\n[a.b]', '[a.b.c]\nz=1\n[a]\nx=1\n[a.b]\ny=2', '[[fruits]]\nname="apple"\n[fruits.physical]\ncolor="red"\n[[fruits.varieties]]\nname="red"\n[[fruits]]\nname="banana"\n[[fruits.varieties]]\nname="plantain"',
 'a = """\nline1\\\n   line2 \\  \n  end"""', "s = '''\nraw \\n'''''", 'a = """q""q"""', 'n = [1, 2.5, -3e2, +0.1, 1_000, 0xDEAD_beef, 0o17, 0b1010, inf, -inf, nan]',
 'd = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00-07:00, 1979-05-27T00:32:00.999999123+05:30, 1979-05-27 07:32:00, 1979-05-27, 07:32:00, 00:32:00.5, 1979-05-27t07:32:00z]',
 'a = 2023-02-30', 'a = "\\U0001F600 \\t\\"\\\\ \\b\\f\\r\\n"', 'k."quoted key".\'lit\' = 1\n"" = 2', 't = {a = 1, b = {c = [1, {d = 2}]}}\n', 'a = {x=1}\na.y = 2', 'a = [[1, 2], ["x"], [], [ # c\n]]',
 'a = {x = 1\n}', '[x]\n[x.y]\n[x]\n', '[[a]]\n[a]', 'a = [1]\n[[a.b]]', 'a.b.c = 1\na.b.d = 2\n[a]\ne = 3', '[a]\nb = 1\n[a.c]\nd.e = 2\n[a.c.d]', 'x = 1 # comment\n# full line\n\n  y = 2  ', 'a = "\\x41"', 'a = 1e', 'a = -', 'a = {a=1 b=2}', '[ a . b ]\nc=1', '[[ a ]]\n', 'a = true\nb = false\nc = truex',
 'a = "\\\n"', 'a = """\\ x"""', 'a=1\n[[b]]\n[b.a]\nx=1\n[[b]]\n[b.a]\nx=2']
for doc in DOCS:
    try:
        result = repr(tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        result = f'TOMLDecodeError: {e}'
    print(repr(doc), '->', result)

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data', 'example.toml')
with open(path, 'rb') as f:
    print(tomllib.load(f))
with open(path, 'rb') as f:
    print(tomllib.load(f, parse_float=Decimal)['database']['temp_targets'])
with open(path) as f:
    try:
        tomllib.load(f)
    except TypeError as e:
        print('TypeError', e)
print(tomllib.loads('x = 0.1\ny = [1.5e3, inf]', parse_float=Decimal))
print(tomllib.loads('x = 1.5', parse_float=lambda s: s[::-1]), tomllib.loads('x = 1', parse_float=lambda s: []))
for label, f in [('bytes', lambda: tomllib.loads(b'a = 1')), ('none', lambda: tomllib.loads(None)),
                 ('float returns list', lambda: tomllib.loads('x = 1.5', parse_float=lambda s: [])),
                 ('float returns dict', lambda: tomllib.loads('x = nan', parse_float=lambda s: {})),
                 ('float raises', lambda: tomllib.loads('x = 1.5', parse_float=int)),
                 ('positional only', lambda: tomllib.loads(s='a = 1'))]:
    try:
        f()
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)
print(tomllib.TOMLDecodeError.__mro__, tomllib.__all__, issubclass(tomllib.TOMLDecodeError, ValueError))
try:
    tomllib.loads('[x')
except ValueError as e:
    print(type(e).__module__, e.args)
