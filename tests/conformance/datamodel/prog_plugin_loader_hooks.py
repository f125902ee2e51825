class HookSpec:
    def __init__(self, name, firstresult=False):
        self.name, self.firstresult, self.impls = name, firstresult, []
    def __call__(self, **kwargs):
        results = []
        for prio, impl in sorted(self.impls, key=lambda p: -p[0]):
            res = impl(**kwargs)
            if res is not None:
                if self.firstresult:
                    return res
                results.append(res)
        return None if self.firstresult else results
    def __repr__(self):
        return f"<HookSpec {self.name} impls={len(self.impls)}>"
class PluginManager:
    def __init__(self, *specs):
        self.hook = type("HookRelay", (), {})()
        for s in specs:
            setattr(self.hook, s.name, s)
    def register(self, plugin, priority=0):
        found = []
        for attr in sorted(dir(plugin)):
            if attr.startswith("hook_"):
                spec = getattr(self.hook, attr[5:], None)
                if spec is None:
                    raise LookupError(f"unknown hook {attr[5:]!r} in {type(plugin).__name__}")
                spec.impls.append((priority, getattr(plugin, attr)))
                found.append(attr[5:])
        return found
class Upper:
    def hook_transform(self, text): return text.upper()
    def hook_name(self): return "upper"
class Reverse:
    def hook_transform(self, text): return text[::-1]
class Silent:
    def hook_transform(self, text): return None
    def hook_name(self): return "silent"
pm = PluginManager(HookSpec("transform"), HookSpec("name", firstresult=True))
print(pm.register(Upper()), pm.register(Reverse(), priority=5), pm.register(Silent(), priority=9))
print(pm.hook.transform(text="abc"), pm.hook.name(), pm.hook.transform, pm.hook.name)
class Broken:
    def hook_missing(self): pass
try:
    pm.register(Broken())
except LookupError as e:
    print(type(e).__name__, e)
try:
    pm.hook.transform(txt="x")
except TypeError as e:
    print(type(e).__name__, e)
