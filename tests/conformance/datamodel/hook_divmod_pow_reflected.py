class Money:
    def __init__(self, cents):
        self.cents = cents
    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)
    def __rdivmod__(self, other):
        return f"rdivmod({other})"
    def __floordiv__(self, n):
        return Money(self.cents // n)
    def __mod__(self, n):
        return Money(self.cents % n)
    def __rpow__(self, base):
        return f"{base} ** Money"
    def __pow__(self, exp, mod=None):
        return f"Money ** {exp} mod {mod}"
    def __lshift__(self, n):
        return Money(self.cents * 10 ** n)
    def __rrshift__(self, other):
        return f"{other} >> Money"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(1007)
print(divmod(m, 10), m // 3, m % 3, divmod(5, m), 2 ** m, m ** 2, pow(m, 2, 7), m << 2, 8 >> m)
try:
    pow(2, m, 5)
except TypeError as e:
    print(type(e).__name__, e)
