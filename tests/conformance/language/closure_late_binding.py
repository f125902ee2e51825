def make_multipliers():
    return [lambda x: x * i for i in range(4)]

print([m(2) for m in make_multipliers()])

def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(2) for m in make_multipliers_fixed()])

def outer():
    fns = []
    for n in range(3):
        def show():
            return n
        fns.append(show)
    n = "changed after the loop"
    return fns

print([f() for f in outer()])
