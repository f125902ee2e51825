class Dog:
    tricks = []
    kind = "canine"
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)

a, b = Dog("a"), Dog("b")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks is a.tricks)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
Dog.kind = "dog"
print(a.kind, b.kind)
del a.kind
print(a.kind)
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")))
print("name" in a.__dict__, "tricks" in a.__dict__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count += 100
c1, c2 = Counter(), Counter()
print(Counter.count, c1.count, c2.count)
