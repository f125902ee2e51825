log = []
class A:
    def __add__(self, o):
        log.append("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        log.append("A.__radd__")
        return NotImplemented
class B:
    def __radd__(self, o):
        log.append("B.__radd__")
        return "B wins"
class C:
    pass
print(A() + B(), log)
log.clear()
try:
    A() + C()
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
try:
    1 + A()
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
class D(A):
    def __radd__(self, o):
        log.append("D.__radd__")
        return "D first"
print(A() + D(), log)
log.clear()
try:
    C() - C()
except TypeError as e:
    print(e)
try:
    C() @ 1
except TypeError as e:
    print(e)
try:
    "a" * C()
except TypeError as e:
    print(e)
try:
    C() ** 2
except TypeError as e:
    print(e)
