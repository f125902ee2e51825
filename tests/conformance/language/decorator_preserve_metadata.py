def wraps_like(original):
    def copy(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__dict__.update(original.__dict__)
        wrapper.__wrapped__ = original
        return wrapper
    return copy

def traced(fn):
    @wraps_like(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper

@traced
def power(base, exp=2):
    """Raise base to exp."""
    return base ** exp

power.custom = "attr"
print(power(3), power(2, exp=10))
print(power.__name__, power.__doc__, power.__qualname__, power.__wrapped__.__name__, power.custom)
