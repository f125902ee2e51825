class Command:
    def __init__(self, name): self.name = name
    def __call__(self, *args, verbose=False, **opts):
        parts = [self.name, *map(str, args)]
        parts += [f"--{k}={v}" for k, v in sorted(opts.items())]
        return (" ".join(parts) + (" -v" if verbose else ""))
ls = Command("ls")
print(ls(), ls("/tmp", all=True), ls("a", "b", verbose=True, color="auto"))
print(callable(ls), callable(Command), callable(3), callable(None), callable(print))
class Counter:
    count = 0
    def __call__(self):
        Counter.count += 1
        return self
c = Counter()
c()()()
print(Counter.count)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class InstanceCall: pass
ic = InstanceCall()
ic.__call__ = lambda: "instance attr"
try:
    ic()
except TypeError as e:
    print(type(e).__name__, e)
print(ic.__call__())
class StaticCall:
    @staticmethod
    def __call__(x): return x * 3
print(StaticCall()(4))
try:
    ls(1, 2, verbose=1, **{"verbose": 2})
except TypeError as e:
    print(type(e).__name__, str(e).split(" got ")[1])
