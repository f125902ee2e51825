a = [1, 2, 3]
print(a + [4], a * 2, 2 * a, [0] * 0, a == [1, 2, 3], a < [1, 2, 4], a > [1, 2], [] < [0])
print(len(a), min(a), max(a), sum(a), 2 in a, a.__contains__(5), list(reversed(a)))
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b, a is b)
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
fresh = [[0] * 2 for _ in range(2)]
fresh[0][0] = 1
print(fresh)
print(list(), list(range(3)), list("ab"), list({"k": 1}), list((1, 2)))
print(repr([1, "a", None, 2.5, [3], (4,), {5: 6}]), str([]), [[]])
c = [5, 6, 7]
c[1] = c
print(c)
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] == (1, 2), [1] != [1.0], list.__name__, type([]) is list)
