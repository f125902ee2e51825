a = {"x": [1, 2], "y": {"z": 3}}
b = {"y": {"z": 3}, "x": [1, 2]}
print(a == b, a != b, list(a) == list(b), a.items() == b.items())
shallow = a.copy()
shallow["x"].append(99)
shallow["new"] = 1
print(a, shallow)
rebuilt = dict(a)
rebuilt["y"] = "replaced"
print(a["y"], rebuilt["y"], dict(a) == a, dict(a) is a)
deep_ish = {k: (list(v) if isinstance(v, list) else dict(v)) for k, v in a.items()}
deep_ish["x"].clear()
print(a["x"], deep_ish["x"])
print({1: "a"} == {1.0: "a"}, {1: [1]} == {1: (1,)}, {} == dict(), {"a": 1} == [("a", 1)])
