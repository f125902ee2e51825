class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, type(s[1:]).__name__, type(s + [5]).__name__, s == [1, 2, 3, 4])
class CountingList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
cl = CountingList("ab")
cl.append("c")
cl.extend("de")
cl += ["f"]
print(cl, cl.appends)
class CaseInsensitive(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
ci = CaseInsensitive()
ci["Key"] = 1
print(ci["KEY"], "kEy" in ci, ci, ci.get("KEY"), dict(ci))
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2)
print(list(o), list(o.keys()), [k for k in o])
class MyTuple(tuple):
    def sum(self):
        return sum(self)
print(MyTuple([1, 2]).sum(), MyTuple((3,)) + (4,), type(MyTuple((1,)) + (2,)).__name__)
