class Money:
    def __init__(self, cents): self.cents = cents
    def __round__(self, nd=None):
        print("round", nd)
        return Money(round(self.cents, -2 if nd is None else nd))
    def __repr__(self): return f"Money({self.cents})"
m = Money(1250)
print(round(m), round(m, 1), round(m, ndigits=-3))
class NoRound: pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
print((2.5).__floor__(), (-2.5).__ceil__(), (-2.7).__trunc__(), (7).__floor__(), (2.5).__round__(), (2.567).__round__(2))
print(type((1.0).__floor__()).__name__, True.__ceil__(), (10**20 + 0.0).__trunc__())
print(round(2.5), round(3.5), round(-0.5), round(0.5, 0), round(25, -1), round(35, -1), round(-25, -1))
print(round(True), round(7, 2), round(1.23456, 3), round(1e300, -299))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    int(NoRound())
except TypeError as e:
    print(e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(e)
