import inspect, functools
def f(a, b: int = 1, /, c=2, *args, d, e: str = "x", **kw) -> bool: "Doc\n    more"
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.parameters["d"].kind, sig.return_annotation)
ba = sig.bind(1, 2, 3, 4, d=5, z=6); print(ba.arguments, ba.args, ba.kwargs)
try: sig.bind(1)
except TypeError as e: print(e)
class C:
    def __init__(self, x, y=2): pass
    def m(self, q): pass
print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(functools.partial(f, 1, d=3)))
print(inspect.isclass(C), inspect.isfunction(f), inspect.ismethod(C(1).m), inspect.isgeneratorfunction(f), inspect.getdoc(f))
def g(): yield
async def h(): pass
print(inspect.isgeneratorfunction(g), inspect.iscoroutinefunction(h), inspect.isbuiltin(len), inspect.cleandoc("  a\n    b\n  c"))
print([n for n, v in inspect.getmembers(C, inspect.isfunction)], inspect.currentframe().f_code.co_name)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
