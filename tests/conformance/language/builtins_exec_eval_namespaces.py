ns = {"x": 10}
exec("y = x * 2\ndef f(z):\n    return z + y", ns)
print(ns["y"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
print(eval("x + y", ns), eval("a * b", {}, {"a": 3, "b": 4}))
local_ns = {}
exec("q = 5", {}, local_ns)
print(local_ns)
print(eval("len('abc')"), eval("[i for i in range(3)]"))
code = compile("result = sum(range(n))", "<calc>", "exec")
space = {"n": 101}
exec(code, space)
print(space["result"], code.co_filename)
try:
    eval("undefined_here", {})
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
