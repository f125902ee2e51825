def parse(s):
    try:
        n = int(s)
    except ValueError:
        return "not a number"
    else:
        if n < 0:
            return "negative"
        return n * 2
    finally:
        print(f"parsed {s!r}")

for s in ["21", "x", "-3"]:
    print(parse(s))
def nested_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        try:
            raise KeyError("in else")
        except KeyError as e:
            return f"inner handler {e}"
print(nested_else())
def else_raises():
    try:
        x = 1
    except ZeroDivisionError:
        return "not this handler"
    else:
        return 1 / 0
try:
    else_raises()
except ZeroDivisionError as e:
    print("else exceptions are not handled by the same try:", e)
