class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

s = Slotted(1)
print(s.x, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.y
except AttributeError as e:
    print(type(e).__name__, e)
s.y = 5
print(s.y)
class Child(Slotted):
    pass
c = Child(2)
c.anything = "child has a dict"
print(c.anything)
