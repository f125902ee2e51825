class Window:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]
w = Window("abcdef")
print(w[-1], w[1:-1], w[::-2])
print(list(reversed(w)))
print(sorted(w)[:2])
class SliceEcho:
    def __getitem__(self, k): return k
e = SliceEcho()
print(e[1:2], e[::], e[:, 1], e[..., None], e[1:2:3, ::-1], e[()], e["a":"b"])
s = e[-10:10:-1]
print(s.indices(5), slice(None).indices(3), slice(-100, 100).indices(4), slice(None, None, -1).indices(4))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e2:
    print(type(e2).__name__, e2)
try:
    slice(0, 1).indices(-1)
except ValueError as e2:
    print(type(e2).__name__, e2)
