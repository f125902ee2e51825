# PEP 695 type aliases and generic syntax (Python 3.12+).
type Point = tuple[float, float]
type Pair[T] = tuple[T, T]
print(Point.__name__, Point.__value__, type(Point).__name__)
print(Pair.__type_params__, Pair[int])
def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 2, 1]), first.__type_params__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
print(Box(5).item, Box.__type_params__)
type = "type is still a soft keyword"
print(type)
