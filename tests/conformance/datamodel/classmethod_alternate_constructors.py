class Color:
    def __init__(self, r, g, b): self.rgb = (r, g, b)
    @classmethod
    def from_hex(cls, s):
        s = s.lstrip("#")
        if len(s) != 6:
            raise ValueError(f"bad hex color {s!r}")
        return cls(*(int(s[i:i + 2], 16) for i in (0, 2, 4)))
    @classmethod
    def gray(cls, v): return cls(v, v, v)
    @staticmethod
    def clamp(v): return max(0, min(255, v))
    def __repr__(self): return f"{type(self).__name__}{self.rgb}"
class Paint(Color):
    pass
print(Color.from_hex("#ff8000"), Paint.from_hex("00ff7f"), Paint.gray(9), Color.clamp(300), Paint().clamp(-5) if False else Paint.clamp(-5))
print(Color.from_hex.__self__ is Color, Paint.from_hex.__self__ is Paint, Color(1, 2, 3).gray(4), type(Color.__dict__["clamp"]).__name__)
for bad in ["#fff", "zzzzzz"]:
    try:
        Color.from_hex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
cm = Color.__dict__["gray"]
print(cm.__func__.__name__, cm.__wrapped__ is cm.__func__, isinstance(cm, classmethod), callable(cm))
try:
    Color.from_hex()
except TypeError as e:
    print(type(e).__name__, e)
