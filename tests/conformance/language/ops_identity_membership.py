a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(1 in a, 3 not in a, "ell" in "hello", "" in "abc", (1, 2) in [(1, 2)], 2 in {2: "x"})
print("a" in {"a": 1}, 1 in range(0, 10, 2), 4 in range(0, 10, 2), 1.0 in [1])
class Weird:
    def __eq__(self, other):
        return True
w = Weird()
print(w in [1], w == 5, [w] == [7])
nan = float("nan")
lst = [nan]
print(nan in lst, nan == lst[0], lst == [nan], lst.count(nan))
class Container:
    def __contains__(self, item):
        return item % 2 == 0
print(2 in Container(), 3 in Container(), 3 not in Container())
class ByIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in ByIter(), 5 in ByIter())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in "abc"
except TypeError as e:
    print(type(e).__name__, e)
