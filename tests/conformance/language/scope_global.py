counter = 0
def bump():
    global counter
    counter += 1

for _ in range(3):
    bump()
print(counter)

def create():
    global created_later
    created_later = "made inside a function"

create()
print(created_later)

def reads():
    return counter * 10
print(reads())

def shadows():
    counter = -1
    return counter
print(shadows(), counter)

def uses_undefined():
    return not_defined_anywhere
try:
    uses_undefined()
except NameError as e:
    print(type(e).__name__, e)
print(globals()["counter"], "bump" in globals())
