class Tagged(ExceptionGroup):
    def __new__(cls, msg, excs, tag="t"):
        self = super().__new__(cls, msg, excs)
        self.tag = tag
        return self
    def derive(self, excs):
        return Tagged(self.message, excs, self.tag + "'")
eg = Tagged("batch", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])], "job")
match, rest = eg.split(ValueError)
print(repr(match), match.tag)
print(repr(rest), rest.tag)
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.subgroup(lambda e: True) is eg, eg.split(Exception)[0] is eg, eg.subgroup(OSError))
print(eg.split((TypeError, KeyError)))
eg.add_note("note 1")
match, rest = eg.split(TypeError)
print(match.__notes__, rest.__notes__)
try:
    raise eg
except* ValueError as ve:
    print("caught values", [str(e) for e in ve.exceptions], type(ve).__name__)
except* (TypeError, KeyError) as other:
    print("caught others", repr(other))
for bad in ["ExceptionGroup('m', [])", "ExceptionGroup('m', [1])", "ExceptionGroup('m')", "BaseExceptionGroup('m', [SystemExit()]).split(1)"]:
    try:
        r = eval(bad)
        print(bad, "=", repr(r), type(r).__name__)
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
beg = BaseExceptionGroup("b", [ValueError(1)])
print(type(beg).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
