class R:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"R{self.n}"
    def __str__(self):
        return f"str-R{self.n}"
data = {"list": [R(1), R(2)], "tuple": (R(3),), "dict": {R(4): R(5)} if False else {"k": R(5)}, "set": {1}, "nested": [[R(6)]]}
print(data)
print(str([R(7)]), repr([R(8)]), f"{[R(9)]}", "%s" % [R(10)], "{}".format((R(11),)))
print(R(12), [str(R(13))], (R(14),), [R(15)].__repr__(), repr(R(16)) + str(R(17)))
class Recursive:
    def __init__(self):
        self.children = [self]
    def __repr__(self):
        return f"Recursive({self.children})"
# The list's own recursion guard turns the cycle into [...].
print(repr(Recursive()))
