class Temp(float):
    def __format__(self, spec):
        if spec.endswith("C"):
            return format(float(self), spec[:-1]) + "°C"
        return super().__format__(spec)
t = Temp(21.456)
print(f"{t:.1fC}", f"{t:.2f}", format(t), f"{t!r}", f"{t!s}")
class Tag(str):
    pass
print(f"{Tag('x'):>3}", format(Tag("y"), "*^5"))
class Plain:
    pass
print(format(Plain(), "") == str(Plain()) if False else "skip", f"{3:{''}}")
class Formatter:
    def __format__(self, spec):
        return f"[{spec}]"
print(f"{Formatter():abc}", f"{Formatter()!r:>5}"[:1], "{0:xyz}".format(Formatter()), format(Formatter(), "q"))
