a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
# Targets are assigned left to right after evaluating the right-hand side once.
calls = []
def value():
    calls.append("rhs")
    return [10, 20]
first = second = value()
print(first is second, calls)
i = 0
items = [0, 0, 0]
i = items[i] = 2
print(i, items)
