class P:
    def __repr__(self):
        return "P<repr>"
    def __str__(self):
        return "P<str>"

p = P()
print(f"{p}", f"{p!r}", f"{p!s}", f"{p!a}")
print(f"{'naïve'!a}", f"{'tab\t'!r}")
print(f"{p!r:>10}|")
print(str(p), repr(p), ascii("ü"))
print(f"{None}", f"{True!r}", f"{3!r}")
