print(1 < 2.5, "abc" < "abd", "Z" < "a", "" < "a", [1, [2]] < [1, [3]])
print((1, "a") < (1, "b"), (1,) < (1, 0), [] == (), {1: 2} == {1: 2.0})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), frozenset([1]) == {1})
print(None == 0, None == None, None is not False)
for expr in ["1 < 'a'", "None < 1", "[1] < (1,)", "{} < {}", "1j < 2j", "object() < object()"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("Rev.__lt__")
        return self.v > other.v
    def __gt__(self, other):
        print("Rev.__gt__")
        return self.v < other.v
print(Rev(1) < Rev(2))
print(Rev(1) > Rev(2))
print(5 > Rev(1) if False else "skip")
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print(OnlyLt(2) > OnlyLt(1))
