class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("__iter__ called")
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

a, b, c = Countdown(3)
print(a, b, c)
first, *others = Countdown(4)
print(first, others)
try:
    x, y = Countdown(5)
except ValueError as e:
    print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
p, q, r = Seq()
print(p, q, r, list(Seq()))
