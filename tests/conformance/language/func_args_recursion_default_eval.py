# Defaults are evaluated when "def" runs, in the enclosing scope.
x = 1
def f(a=x):
    return a
x = 2
print(f())
funcs = []
for i in range(3):
    def g(i=i):
        return i
    funcs.append(g)
print([fn() for fn in funcs])
late = []
for i in range(3):
    late.append(lambda: i)
print([fn() for fn in late])
def make(n):
    def h(k=n * 2):
        return k
    return h
print(make(5)(), make(5)(1))
