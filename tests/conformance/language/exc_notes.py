e = ValueError("base message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("context added while propagating")
        raise
except KeyError as k:
    print(k.__notes__)
