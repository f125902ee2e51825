def process(items):
    results = []
    for item in items:
        try:
            try:
                value = 10 / item
            except ZeroDivisionError:
                print("inner handler for", item)
                raise ValueError(f"zero not allowed") 
            results.append(value)
        except ValueError as e:
            print("outer handler:", e, "| context:", type(e.__context__).__name__)
        except TypeError as e:
            print("type problem:", e)
    return results

print(process([2, 0, "x", 5]))
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise
    finally:
        print("inner finally")
except KeyError as e:
    print("re-raised", repr(e))
