class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat))
for target in [int, 5, object]:
    try:
        pet.__class__ = target
        print("assigned", target)
    except TypeError as e:
        print(type(e).__name__, e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    S1().__class__ = S2
except TypeError as e:
    print(type(e).__name__, e)
class S3:
    __slots__ = ("a",)
x = S1()
x.a = 1
x.__class__ = S3
print(type(x).__name__, x.a)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int): pass
class OtherInt(int): pass
m = MyInt(3)
try:
    m.__class__ = OtherInt
    print("int subclass swap", type(m).__name__)
except TypeError as e:
    print(type(e).__name__, e)
