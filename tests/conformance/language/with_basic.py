class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False

with Managed("a") as value:
    print("body got", value)
try:
    with Managed("b"):
        raise ValueError("inside with")
except ValueError as e:
    print("propagated:", e)
with Managed("c"):
    pass
def early_return():
    with Managed("d") as v:
        return "returned " + v
print(early_return())
for i in range(2):
    with Managed(f"loop{i}"):
        if i == 0:
            continue
        break
