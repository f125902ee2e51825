def dumps(value, indent=0, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    nl = "\n" if indent else ""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot serialise {value!r}")
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = ("," + nl).join(pad + dumps(v, indent, level + 1) for v in value)
        return "[" + nl + inner + nl + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            parts.append(pad + dumps(k) + ":" + (" " if indent else "") + dumps(v, indent, level + 1))
        return "{" + nl + ("," + nl).join(parts) + nl + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serialisable")

doc = {"name": "gilgrid", "tags": ["py", "dotnet"], "ok": True, "ratio": 0.5, "none": None,
       "nested": {"quote": 'say "hi"\n', "empty": [], "e": {}}}
print(dumps(doc))
print(dumps(doc, indent=2))
for bad in [{1: 2}, float("nan"), object]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
