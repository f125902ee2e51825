def named():
    yield 1
g = named()
print(g.__name__, g.__qualname__, type(g).__name__)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(g, "__next__"))
print(g.gi_code.co_name, g.gi_yieldfrom)
class K:
    def gen(self):
        yield self
k = K()
print(K.gen.__qualname__, k.gen().__qualname__, next(k.gen()) is k)
def delegating():
    yield from named()
d = delegating()
next(d)
print(type(d.gi_yieldfrom).__name__)
