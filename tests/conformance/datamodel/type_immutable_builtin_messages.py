for stmt in ["int.x = 1", "del str.upper", "setattr(list, 'append', None)", "delattr(dict, 'keys')", "float.real = 1",
             "object.__repr__ = None", "type.mro = None", "del int.__add__", "bool.__name__ = 'b'", "tuple.__qualname__ = 'T'",
             "ValueError.extra = 1", "del KeyError.__str__"]:
    try:
        exec(stmt)
        print("ok", stmt)
    except (TypeError, AttributeError) as e:
        print(stmt, "->", type(e).__name__, e)
class Mine(int):
    pass
Mine.extra = 1
Mine.__name__ = "Yours"
print(Mine.extra, Mine.__name__, Mine.__qualname__)
del Mine.extra
print(hasattr(Mine, "extra"))
try:
    del Mine.extra
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Mine.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
