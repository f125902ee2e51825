class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)

r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, None], r[1:2:3, ::-1])
r[0:5] = "v"
del r[::2]
print(r["a":"b"], r[()], r[(1,)])
print(type(r[:]).__name__, r[:] == slice(None, None, None))
