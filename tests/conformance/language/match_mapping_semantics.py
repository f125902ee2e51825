class Lookups(dict):
    def __getitem__(self, key):
        print("__getitem__", key)
        return super().__getitem__(key)
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)

m = Lookups(a=1, b=2)
match m:
    case {"a": 1, "b": value}:
        print("matched, b =", value)
match {"a": 1}:
    case {"a": 1, "zzz": _}:
        print("no")
    case {"a": _}:
        print("missing keys mean no match; extra keys are fine")
match [("k", "v")]:
    case {"k": v}:
        print("a list of pairs is not a mapping")
    case [(k, v)]:
        print("sequence of pairs", k, v)
class Keys:
    A = "a"
    ALSO_A = "a"
try:
    match {"a": 1}:
        case {Keys.A: 1, Keys.ALSO_A: 1}:
            print("duplicate value keys matched")
        case _:
            print("duplicate value keys: no match")
except ValueError as e:
    print(type(e).__name__, e)
