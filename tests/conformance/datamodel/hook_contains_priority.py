class Both:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
b = Both()
print(2 in b, 1 in b, 2 not in b)
class OnlyIter:
    def __iter__(self):
        yield from [1, 2, 3]
print(2 in OnlyIter(), 5 in OnlyIter())
class Truthy:
    def __contains__(self, x): return "yes"
print(1 in Truthy(), 1 not in Truthy())
class NoneContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoneContains()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print("" in "abc", "bc" in "abc", b"b" in b"abc", 98 in b"abc", [1] in [[1]], (1,) in {(1,): 0})
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
