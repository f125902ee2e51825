people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35), ("fay", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name_desc = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_name_desc, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [3, -1, 2, -3, 1]
nums.sort(key=abs)
print(nums)
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted("hello"), sorted({3: 1, 1: 2}))
class Item:
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"I{self.k}"
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(5)], key=lambda i: i.k))
lst = [3, 2, 1]
def key(x):
    lst.append(0)
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([], reverse=True), sorted([1], key=None))
