eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), KeyError("c")])])
match, rest = nested.split(ValueError)
print(repr(match))
print(repr(rest))
print(nested.subgroup(lambda e: isinstance(e, KeyError) or isinstance(e, ExceptionGroup)))
print(nested.split(OSError))
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.subgroup(ValueError)))
for bad in ["ExceptionGroup('m', ValueError())", "ExceptionGroup(1, [ValueError()])", "ExceptionGroup('m', [KeyboardInterrupt()])"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
