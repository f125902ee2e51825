class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item!r}"
print(Box[int], Box["x"], Box[int, str], Box[()])
print(type(Box.__dict__["__class_getitem__"]).__name__)
class Sub(Box): pass
print(Sub[1])
try:
    Box()[1]
except TypeError as e:
    print(type(e).__name__, e)
ga = list[int]
print(ga, ga.__origin__, ga.__args__, type(ga).__name__, ga([1, 2]), dict[str, list[int]])
print(tuple[int, ...], type[int], list[int] == list[int], isinstance([], list[int].__origin__))
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __getitem__(cls, item): return ("meta", item)
class M(metaclass=Meta):
    def __class_getitem__(cls, item): return ("cgi", item)
print(M[1])
