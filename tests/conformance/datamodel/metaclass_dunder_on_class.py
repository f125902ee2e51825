class Registry(type):
    def __len__(cls):
        return len(cls.members)
    def __iter__(cls):
        return iter(cls.members)
    def __getitem__(cls, key):
        return cls.members[key]
    def __contains__(cls, item):
        return item in cls.members
    def __bool__(cls):
        return bool(cls.members)
    def __eq__(cls, other):
        return isinstance(other, Registry) and cls.members == other.members
    def __hash__(cls):
        return hash(tuple(cls.members))
class Colors(metaclass=Registry):
    members = ["red", "green", "blue"]
class NoColors(metaclass=Registry):
    members = []
print(len(Colors), list(Colors), Colors[1], "red" in Colors, bool(Colors), bool(NoColors))
print(Colors == NoColors, Colors != NoColors, len({Colors, NoColors}))
class Generic:
    def __class_getitem__(cls, item):
        return f"class_getitem {item}"
class WithMetaGetitem(metaclass=Registry):
    members = ["m"]
    def __class_getitem__(cls, item):
        return "class_getitem is not used when the metaclass defines __getitem__"
print(Generic[int], WithMetaGetitem[0])
try:
    len(Generic)
except TypeError as e:
    print(type(e).__name__, e)
