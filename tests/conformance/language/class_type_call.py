def method(self):
    return f"I am {self.name}"

Dynamic = type("Dynamic", (object,), {"name": "dyn", "hello": method})
d = Dynamic()
print(d.hello(), Dynamic.__name__, type(d).__name__)
Sub = type("Sub", (Dynamic,), {})
print(Sub().hello(), Sub.__mro__[1].__name__)
print(type(3), type("s"), type(None), type(type))
try:
    type("Bad", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
print(type.__name__, object.__name__, int.__mro__)
