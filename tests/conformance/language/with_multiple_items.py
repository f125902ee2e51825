class CM:
    def __init__(self, name, fail_enter=False):
        self.name, self.fail_enter = name, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise OSError(f"cannot enter {self.name}")
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else "")

with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (
    CM("x") as x,
    CM("y") as y,
    CM("z"),
):
    print("parenthesised", x, y)
try:
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        print("never")
except OSError as e:
    print("caught", e)
with CM("p") as (first_char):
    print(first_char)
