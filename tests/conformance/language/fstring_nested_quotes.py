# Python 3.12+: the same quote may be reused inside a replacement field.
songs = ["a", "b", "c"]
print(f"{", ".join(songs)}")
print(f"{f"{f"{1 + 1}"}"}")
d = {"key": "value"}
print(f"{d["key"]}")
print(f"""{
    d['key']
}""")
print(f"{'\n'.join(['x', 'y'])}")
items = [("a", 1), ("b", 2)]
print(f"{'; '.join(f'{k}={v}' for k, v in items)}")
