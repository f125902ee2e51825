class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:.2f}"

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return "money"


m = Money(1999)
print(f"{m}|{m:short}|{m!r}|{m!s}")
print(format(m, "short"), format(m))
print("{0} {0:short} {0!r}".format(m))
print("{:>8}".format("right"), "{:*^9}".format("mid"))
print("{a}-{b}".format(a=1, b=2), "{0[1]}".format([5, 6]))
try:
    f"{3:short}"
except ValueError as e:
    print(type(e).__name__, e)
