def none():
    pass

def one(a):
    pass

def two_defaults(a, b=1, c=2):
    pass

def kwonly(a, *, b):
    pass

class C:
    def m(self, x):
        pass

cases = [
    lambda: none(1),
    lambda: one(1, 2),
    lambda: two_defaults(1, 2, 3, 4),
    lambda: kwonly(1, 2),
    lambda: kwonly(1, 2, b=3),
    lambda: C().m(1, 2),
    lambda: none(1, 2, 3),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
