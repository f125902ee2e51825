src = [1, [2, 3]]
print(list(src) == src, list(src) is src, list(src)[1] is src[1], src.copy()[1] is src[1])
print(list("abc"), list(range(3)), list({1: "a", 2: "b"}), list((x * 2 for x in range(3))), list(b"hi"))
print(list(map(str, [1, 2])), list(), list([]), list({3, 1, 2}))
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
l = [0] * 3
l2 = [l] * 2
l[0] = "shared"
print(l2)
print([*range(3), *"ab"], [i for i in range(3)] * 2, [[]] * 3)
