a, b = 1, 2
a, b = b, a
print(a, b)
lst = [1, 2, 3]
i = 0
i, lst[i] = 2, 99
print(i, lst)
x = [0, 1]
x[0], x[1] = x[1], x[0]
print(x)
def log(tag, value):
    print("eval", tag)
    return value
class T:
    pass
t = T()
log("target-obj", t).attr, log("target-list", lst)[0] = log("rhs", (5, 6))
print(t.attr, lst)
