def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        return {}["missing"]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return "a" + 1
    return "fine"

for kind in ["value", "key", "zero", "type", "none"]:
    try:
        result = risky(kind)
    except ValueError as e:
        print("ValueError:", e)
    except (KeyError, ZeroDivisionError) as e:
        print("lookup or arithmetic:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("no exception:", result)
    finally:
        print("finally for", kind)
