"""Layered configuration: defaults, file, environment and CLI merged with dict operators."""
DEFAULTS = {"host": "localhost", "port": 8000, "debug": False, "workers": 2, "tags": ()}
class Layer(dict):
    def __init__(self, name, *args, **kw):
        super().__init__(*args, **kw)
        self.name = name
    def __or__(self, other):
        merged = Layer(f"{self.name}+{getattr(other, 'name', '?')}", super().__or__(other))
        return merged
    def __ror__(self, other):
        return Layer(f"?+{self.name}", dict.__ror__(self, other))
    def __repr__(self):
        return f"Layer({self.name}: {dict.__repr__(self)})"
file_layer = Layer("file", port=9000, workers=4)
env_layer = Layer("env", {"debug": True})
cli = {"workers": 8}
config = Layer("defaults", DEFAULTS) | file_layer | env_layer
print(config)
final = config | cli
print(type(final).__name__, final.name, final["workers"])
plain = DEFAULTS | env_layer
print(type(plain).__name__, plain.name, plain["debug"])
overrides = {}
overrides |= file_layer
overrides |= [("tags", ("a", "b"))]
overrides |= {"port": 1}.items()
print(overrides)
print({k: v for k, v in sorted((DEFAULTS | overrides).items())})
try:
    DEFAULTS | [("x", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    overrides |= 5
except TypeError as e:
    print(type(e).__name__, e)
print(dict.__or__(DEFAULTS, 1), dict.__ror__(DEFAULTS, 1))
print(list(reversed(config)), list(reversed(config.items()))[0])
