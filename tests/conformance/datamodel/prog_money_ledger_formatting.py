class Cents(int):
    def __new__(cls, amount):
        if isinstance(amount, str):
            sign = -1 if amount.startswith("-") else 1
            whole, _, frac = amount.lstrip("+-$").replace(",", "").partition(".")
            if len(frac) > 2:
                raise ValueError(f"too many decimals in {amount!r}")
            amount = sign * (int(whole or "0") * 100 + int(frac.ljust(2, "0") or "0"))
        return super().__new__(cls, amount)
    def __format__(self, spec):
        sign = "-" if self < 0 else ""
        dollars, cents = divmod(abs(int(self)), 100)
        text = f"{sign}${dollars:,}.{cents:02d}"
        return format(text, spec or "")
    def __repr__(self): return f"Cents({int(self)})"
    def __add__(self, o): return Cents(int(self) + int(o))
    __radd__ = __add__
    def __neg__(self): return Cents(-int(self))
ledger = [("rent", Cents("-1,250.00")), ("salary", Cents("3000")), ("coffee", Cents("-4.5")), ("refund", Cents("+0.99"))]
for what, amount in ledger:
    print(f"{what:<8}{amount:>14}")
total = sum(a for _, a in ledger)
print(f"{'total':<8}{total:>14}", repr(total), type(total).__name__)
print(sorted(ledger, key=lambda r: r[1])[0][0], max(a for _, a in ledger), -Cents(5), f"{Cents(123456789):*^20}")
for bad in ["1.234", "abc", "$"]:
    try:
        print(repr(Cents(bad)))
    except ValueError as e:
        print(type(e).__name__, e)
