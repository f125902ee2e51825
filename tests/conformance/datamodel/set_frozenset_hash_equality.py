a = frozenset({1, 2, 3})
b = frozenset([3, 2, 1])
print(a == b, hash(a) == hash(b), a == {1, 2, 3}, {1, 2, 3} == a, a is b)
s = {a, b, frozenset()}
print(len(s), frozenset() in s)
print({1, 2} == {1.0, 2.0}, {1, True}, {0, False, 0.0}, {(1, 2), (1, 2)})
d = {frozenset("ab"): 1}
print(d[frozenset("ba")])
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset("hello") - {"l"} == frozenset("heo"), frozenset().union() == frozenset())
