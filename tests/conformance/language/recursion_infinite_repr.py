lst = [1, 2]
lst.append(lst)
print(lst, repr(lst))
d = {"self": None}
d["self"] = d
print(d)
a = []
b = [a]
a.append(b)
print(a)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__, e)
