class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            return Seq(self.data[i] for i in range(start, stop, step))
        if isinstance(key, tuple):
            return [self[k] for k in key]
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError("Seq index out of range")
        return self.data[key]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdefg")
print(s[1], s[-1], s[1:4], s[::-2], s[1, 3, -1], s[10:], list(s), len(s[::3]))
try:
    s[7]
except IndexError as e:
    print(type(e).__name__, e)
print("d" in s, list(reversed(s)), sorted(s, reverse=True)[:2])
