class Flag:
    def __init__(self, name, value): self.name, self.value = name, value
    def __bool__(self):
        print("bool", self.name)
        return self.value
    def __repr__(self): return self.name
items = [Flag("a", True), Flag("b", False), Flag("c", True)]
print(all(items))
print(any(items))
print(any(f for f in items if f.name != "a"))
print(items[1] or items[2])
print(items[0] and items[1])
print(not items[1])
x = items[2] if items[1] else items[0]
print(x)
print([f for f in items if f])
print(list(filter(None, items)))
while Flag("loop", False):
    pass
print(all([]), any([]), all([0, 1]), any([0, ""]), all(iter([1, 2])), any(x > 1 for x in [0, 1, 2]))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
