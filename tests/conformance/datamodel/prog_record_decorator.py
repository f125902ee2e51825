def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {k!r}")
            if k in values:
                raise TypeError(f"{cls.__name__}() got multiple values for argument {k!r}")
            values[k] = v
        for f in fields:
            if f not in values:
                if f not in defaults:
                    raise TypeError(f"{cls.__name__}() missing required argument: {f!r}")
                values[f] = defaults[f]
            setattr(self, f, values[f])

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    def __lt__(self, other):
        return tuple(getattr(self, f) for f in fields) < tuple(getattr(other, f) for f in fields)

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__lt__ = __lt__
    cls.__hash__ = None
    cls.__match_args__ = tuple(fields)
    return cls

@record
class Point:
    x: int
    y: int = 0
    label: str = "pt"

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=1, label="named"), p == Point(1, 2), p == Point(1, 3), p == (1, 2))
print(sorted([Point(2), Point(1, 5), Point(1, 2)]), Point.__match_args__, Point.__hash__)
match p:
    case Point(1, y):
        print("matched with y =", y)
for args, kwargs in [((1, 2, "a", 4), {}), ((), {}), ((1,), {"z": 1}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
