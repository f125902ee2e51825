"""Inventory records: value objects with __eq__/__hash__, __repr__, __format__, and arithmetic."""
class Money:
    __slots__ = ("cents",)
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if other == 0:
            return self
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, n):
        if isinstance(n, int):
            return Money(self.cents * n)
        return NotImplemented
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(("Money", self.cents))
    def __lt__(self, other):
        return self.cents < other.cents
    def __format__(self, spec):
        value = f"{self.cents // 100}.{self.cents % 100:02d}"
        return format(value, spec) if spec else value
    def __repr__(self):
        return f"Money({self.cents})"
    def __bool__(self):
        return self.cents != 0
class Item:
    def __init__(self, sku, price, qty):
        self.sku, self.price, self.qty = sku, price, qty
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, {self.price!r}, {self.qty})"
stock = [Item("A-1", Money(250), 4), Item("B-2", Money(1999), 1), Item("C-3", Money(5), 0), Item("A-1", Money(250), 2)]
print(sum(i.total() for i in stock), sum([], Money(0)), 3 * Money(7))
for i in sorted(stock, key=lambda i: (i.total(), i.sku)):
    print(f"{i.sku:<5}|{i.price:>8}|{i.qty:^5}|{i.total():>10}")
print(len({i.price for i in stock}), Money(250) in {Money(250)}, bool(Money(0)), [i.sku for i in stock if i.total()])
merged = {}
for i in stock:
    merged[i.sku] = merged.get(i.sku, 0) + i.qty
print(merged)
try:
    Money(1) + 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Money(1).extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(max(stock, key=Item.total), min(i.price for i in stock))
