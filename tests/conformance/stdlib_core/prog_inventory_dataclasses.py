from __future__ import annotations
from dataclasses import dataclass, field
from typing import Optional, Dict, List, Iterator
from enum import Enum, auto
from collections import defaultdict, Counter, deque
from functools import lru_cache, reduce
import itertools, operator, math, heapq

class Kind(Enum):
    FRUIT = auto()
    VEG = auto()

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    kind: Kind = field(default=Kind.FRUIT, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

@dataclass
class Inventory:
    items: Dict[str, Item] = field(default_factory=dict)
    def add(self, item: Item) -> None:
        self.items[item.name] = item
    def by_kind(self) -> Dict[Kind, List[str]]:
        out = defaultdict(list)
        for it in self.items.values():
            out[it.kind].append(it.name)
        return dict(out)
    def cheapest(self, n: int) -> List[Item]:
        return heapq.nsmallest(n, self.items.values())
    def __iter__(self) -> Iterator[Item]:
        return iter(sorted(self.items.values()))

inv = Inventory()
for name, price, kind in [("apple", 1.2, Kind.FRUIT), ("kale", 3.5, Kind.VEG), ("pear", 0.9, Kind.FRUIT), ("leek", 2.25, Kind.VEG)]:
    inv.add(Item(price, name, kind, [name[0]]))
print(inv.by_kind())
print([i.name for i in inv], [i.name for i in inv.cheapest(2)])
print(Item(1.0, "x") < Item(2.0, "y"), Item(1.0, "x") == Item(1.0, "z"))
total = reduce(operator.add, (i.price for i in inv))
print(f"{total:.2f}", math.fsum(i.price for i in inv), round(math.sqrt(total), 4))
c = Counter(ch for i in inv for ch in i.name)
print(c.most_common(3))
@lru_cache(maxsize=None)
def ways(n: int) -> int:
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80), ways.cache_info().hits)
q = deque(maxlen=3)
for x in itertools.count():
    if x > 6: break
    q.append(x)
print(q, list(itertools.accumulate(q)), list(itertools.chain.from_iterable(itertools.combinations("abc", 2))))
groups = {k: [i.name for i in g] for k, g in itertools.groupby(sorted(inv, key=lambda i: i.kind.name), key=lambda i: i.kind.name)}
print(groups)
