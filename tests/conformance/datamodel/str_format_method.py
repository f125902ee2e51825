print("{} {} {}".format(1, "two", 3.0))
print("{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Ann", age=30), "{0[0]}-{0[1]}".format("ab"))
print("{p.real} {d[key]} {l[1]}".format(p=3 + 4j, d={"key": "v"}, l=[5, 6]))
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("r", "l", "c", "s"))
print("{:+d} {: d} {:-d} {:,} {:_x}".format(5, 5, -5, 10**6, 255**3))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{{}} {{{0}}}".format("in braces"))
print("{0:{1}.{2}f}".format(3.14159, 10, 3))
print("{:%}".format(0.256), "{:.1%}".format(1))
print("{}".format(None), "{:}".format(12), "{:d}".format(True))
data = {"x": 1, "y": 2}
print("{x},{y}".format_map(data))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{a} and {b}".format_map(Default(a="A")))
for bad in ["'{'.format(1)", "'}'.format(1)", "'{0}{}'.format(1, 2)", "'{x}'.format(1)", "'{:q}'.format(1)", "'{0:d}'.format('s')"]:
    try:
        eval(bad)
    except (ValueError, KeyError, IndexError) as e:
        print(bad, "->", type(e).__name__, e)
