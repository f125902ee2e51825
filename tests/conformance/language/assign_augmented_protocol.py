class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("__add__")
        return Acc(self.v + other)
    def __iadd__(self, other):
        print("__iadd__")
        self.v += other
        return self
    def __repr__(self):
        return f"Acc({self.v})"

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("OnlyAdd.__add__")
        return OnlyAdd(self.v + other)
    def __radd__(self, other):
        print("OnlyAdd.__radd__")
        return OnlyAdd(other + self.v)

a = Acc(1)
b = a
a += 5
print(a, b, a is b)
o = OnlyAdd(1)
p = o
o += 2
print(o.v, p.v, o is p)
q = 10
q += OnlyAdd(5)
print(q.v)
class Holder:
    def __init__(self):
        self.items = Acc(0)
h = Holder()
h.items += 3
print(h.items)
