"""A module with PEP 562 module-level __getattr__ and __dir__."""
eager = "defined normally"
_computed = {}


def __getattr__(name):
    if name.startswith("lazy_"):
        value = name[5:].upper()
        _computed[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["eager", "lazy_anything"]
