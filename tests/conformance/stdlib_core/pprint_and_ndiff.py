import pprint, difflib
from collections import OrderedDict, defaultdict, Counter, deque
data = {"name": "gilgrid", "tags": ["python", "dotnet", "orleans"] * 4, "nested": {"b": [1, 2, {"x": (1,), "y": set(range(30))}], "a": None},
        "long": "lorem ipsum dolor sit amet " * 8, "t": tuple(range(40)), "fs": frozenset({3, 1, 2})}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, depth=2)
print(pprint.pformat(list(range(100)), compact=True))
pprint.pprint([OrderedDict(a=1, b=list(range(30))), defaultdict(list, {"k": list(range(30))}), Counter("abracadabra" * 10), deque(range(40), maxlen=50)])
pprint.pp({"z": 1, "a": 2})
from dataclasses import dataclass, field
@dataclass
class P:
    name: str
    values: list = field(default_factory=list)
pprint.pprint(P("x" * 30, list(range(30))))
print(''.join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
print(list(difflib.ndiff(["abc\tdef\n"], ["abc\tdxf\n"])))
print(list(difflib.restore(difflib.ndiff(["a\n","b\n"], ["a\n","c\n"]), 2)))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(data), pprint.isreadable(r))
pprint.pprint({"k": r} if False else [[1, [2, [3, [4, [5]]]]]], depth=3)
