class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    x = Field(1)
    y = Field()
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
m = Model()
m.y = 5
print(m.x, m.y, Model.x.name, Model[int], Model["a", 1], vars(m))
late = Field(9)
Model.z = late
print(getattr(late, "name", "no set_name on late assignment"))
class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Uses:
        attr = Broken()
except ValueError as e:
    print(type(e).__name__, e, getattr(e, "__notes__", None))
class NotDesc:
    __set_name__ = None
try:
    class Uses2:
        attr = NotDesc()
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, list[int]], tuple[()], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), isinstance([], list), list[int] == list[int], list["T"])
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
