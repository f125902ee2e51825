class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"

class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.sku in self._items:
            raise KeyError(f"duplicate sku {item.sku}")
        self._items[item.sku] = item
    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None
    def restock(self, sku, n):
        self[sku].qty += n
    def sell(self, sku, n):
        item = self[sku]
        if n > item.qty:
            raise ValueError(f"only {item.qty} {item.name} left")
        item.qty -= n
        return item.price * n
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))
    def total_value(self):
        return sum(i.value for i in self)
    def low_stock(self, threshold=5):
        return [i.name for i in self if i.qty < threshold]

inv = Inventory()
inv.add(Item("B2", "bolt", 0.25, 100))
inv.add(Item("A1", "anvil", 99.0, 2))
inv.add(Item("C3", "cog", 1.5))
inv.restock("C3", 10)
print(inv.sell("B2", 40), inv.sell("A1", 1))
for op in [lambda: inv.sell("A1", 5), lambda: inv.restock("Z9", 1), lambda: inv.add(Item("A1", "x", 1))]:
    try:
        op()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(list(inv))
print(f"{inv.total_value():.2f}", inv.low_stock())
