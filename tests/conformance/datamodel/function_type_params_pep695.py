def first[T](items: list[T]) -> T:
    return items[0]
print(first.__type_params__, first([4, 5]), type(first.__type_params__[0]).__name__)
def pair[K: str, V](k: K, v: V) -> tuple[K, V]:
    return (k, v)
K, V = pair.__type_params__
print(K.__name__, K.__bound__, V.__bound__, pair("a", 1))
def spread[*Ts, **P](*args) -> None:
    pass
print([type(p).__name__ for p in spread.__type_params__], spread.__type_params__)
class Box[T]:
    def map[U](self, fn) -> "Box[U]":
        return fn
    def plain(self):
        pass
print(Box.__type_params__, Box.map.__type_params__, Box.plain.__type_params__)
def plain():
    pass
print(plain.__type_params__, type(plain.__type_params__).__name__)
plain.__type_params__ = (K,)
print(plain.__type_params__)
for bad in [[K], None]:
    try:
        plain.__type_params__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del plain.__type_params__
except TypeError as e:
    print(type(e).__name__, e)
lam = lambda: 0
print(lam.__type_params__)
def deco(fn):
    print("decorating", fn.__name__, fn.__type_params__)
    return fn
@deco
def wrapped[X: (int, str)](x: X) -> X:
    return x
print(wrapped.__type_params__[0].__constraints__, wrapped(3))
