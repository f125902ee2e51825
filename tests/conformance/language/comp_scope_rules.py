x = 10
result = [x for x in range(3)]
print(result, x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def outer():
    y = 5
    return [y + z for z in range(3)]
print(outer())
print([[j for j in range(i)] for i in range(4)])
nested = [(a, b) for a in range(3) if a for b in range(a) if b != 1]
print(nested)
class C:
    base = [1, 2]
    total = [b for b in base]
print(C.total)
print([w := v * 2 for v in range(3)], w)
