def make():
    shared = 0
    def a():
        nonlocal shared
        shared += 1
        return shared
    def b():
        nonlocal shared
        shared *= 10
        return shared
    return a, b
a, b = make()
print(a(), b(), a(), b())
print(a.__closure__[0] is b.__closure__[0])
def loop_cells():
    fns = []
    for i in range(3):
        def capture(i=i):
            def inner():
                return i
            return inner
        fns.append(capture())
    return [f() for f in fns]
print(loop_cells())
def param_cell(x):
    def get():
        return x
    x += 1
    return get
print(param_cell(10)())
