class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return x + self.n + sum(more)

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), list(map(add5, [0, 10])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "text"(1)
except TypeError as e:
    print(type(e).__name__, e)
