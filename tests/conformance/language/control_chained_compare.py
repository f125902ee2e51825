calls = []
def v(n):
    calls.append(n)
    return n

print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
a = [1, 2]
print(1 in a in [[1, 2]], 3 not in a, a is not None is not False)
print(1 == 1.0 == True, "a" < "b" <= "b" != "c")
x = 2
print(1 < x <= 2 < 3 >= 3 == 3)
