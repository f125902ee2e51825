class Person:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags
p = Person("Ann", ["admin", "dev"])
print("{0.name} has {0.tags[0]} and {0.tags[1]}".format(p))
print("{p.name:>6}|{p.tags!r:^20}|".format(p=p))
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
print("{0:{1}}|{0:{2}}".format(3.14159, ".2f", "8.3e"))
data = {"a": {"b": [10, 20]}}
print("{d[a][b][1]}".format(d=data), "{0[a]}".format(data))
print("{!r:>10}".format("s"), "{0!s:.3}".format("truncate"), "{:=^+9d}".format(5))
for bad in ["'{0.missing}'.format(p)", "'{0[5]}'.format([1])", "'{0[x]}'.format({})", "'{:{}}'.format(1)"]:
    try:
        eval(bad)
    except (AttributeError, IndexError, KeyError) as e:
        print(bad, "->", type(e).__name__, e)
