class Thing:
    known = 1
    def method(self):
        pass

t = Thing()
for expr in ["t.unknown", "Thing.unknown", "(5).real_part", "None.attr", "'s'.uppercase", "[].push"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Thing.method()
except TypeError as e:
    print(type(e).__name__, e)
