def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
print(greet.__defaults__)

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)

counter = 0
def default_value():
    global counter
    counter += 1
    return counter

def uses_default(x=default_value()):
    return x

print(uses_default(), uses_default(), counter)

def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe(1), safe(2))
