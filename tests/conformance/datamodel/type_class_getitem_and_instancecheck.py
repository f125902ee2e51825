class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[int, str] if False else "skip")
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("s", Even), issubclass(bool, Even), issubclass(int, Even))
print(isinstance(4, (str, Even)), isinstance(Even(), Even))
try:
    Box[int]()
except TypeError as e:
    print(type(e).__name__, e)
