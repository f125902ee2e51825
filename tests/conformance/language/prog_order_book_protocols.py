# A realistic small program: an order book with Protocols, dataclasses, match and generators
from __future__ import annotations
from dataclasses import dataclass, field
from typing import Protocol, Iterator, runtime_checkable
from collections import defaultdict
from enum import Enum, auto
import heapq, itertools
class Side(Enum):
    BUY = auto()
    SELL = auto()
@dataclass(order=True)
class Order:
    sort_key: tuple = field(init=False, repr=False)
    price: float
    qty: int
    side: Side = field(compare=False)
    oid: int = field(default_factory=itertools.count(1).__next__, compare=False)
    def __post_init__(self):
        self.sort_key = (-self.price if self.side is Side.BUY else self.price, self.oid)
@runtime_checkable
class Sink(Protocol):
    def emit(self, event: str) -> None: ...
class Printer:
    def __init__(self):
        self.lines = []
    def emit(self, event):
        self.lines.append(event)
        print("EVENT", event)
class Book:
    def __init__(self, sink: Sink):
        assert isinstance(sink, Sink)
        self.sink = sink
        self.sides = defaultdict(list)
    def submit(self, order: Order) -> Iterator[tuple[int, int, float, int]]:
        other = Side.SELL if order.side is Side.BUY else Side.BUY
        heap = self.sides[other]
        while order.qty and heap:
            best = heap[0]
            match order.side, best.price:
                case Side.BUY, p if p > order.price:
                    break
                case Side.SELL, p if p < order.price:
                    break
            traded = min(order.qty, best.qty)
            order.qty -= traded; best.qty -= traded
            yield (order.oid, best.oid, best.price, traded)
            if not best.qty:
                heapq.heappop(heap)
        if order.qty:
            heapq.heappush(self.sides[order.side], order)
            self.sink.emit(f"rest {order.side.name} {order.qty}@{order.price:.2f}")
p = Printer()
book = Book(p)
orders = [Order(10.0, 5, Side.SELL), Order(10.5, 3, Side.SELL), Order(9.5, 2, Side.BUY), Order(10.5, 6, Side.BUY), Order(9.0, 10, Side.SELL)]
for o in orders:
    for trade in book.submit(o):
        print("TRADE %d<-%d %.2f x%d" % trade)
print({s.name: [(o.price, o.qty) for o in sorted(h)] for s, h in book.sides.items()})
print(len(p.lines), Order.__annotations__["price"])
