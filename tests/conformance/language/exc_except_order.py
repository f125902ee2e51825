def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError first"
    except LookupError:
        return "LookupError (IndexError lands here)"
    except ArithmeticError as e:
        return f"arithmetic: {type(e).__name__}"
    except Exception:
        return "generic"

for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError(), OverflowError(), ValueError()]:
    print(type(exc).__name__, "->", classify(exc))
def unreachable_order():
    try:
        raise KeyError("x")
    except Exception:
        return "Exception catches first"
    except KeyError:
        return "never"
print(unreachable_order())
