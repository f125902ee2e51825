class A:
    pass
class B:
    pass
print(hash(A) == hash(A), A == A, A != B, A is not B, {A: "a", B: "b"}[A])
print(type(A) is type, type.__eq__(A, A), A.__hash__ is object.__hash__, str(A.__class__))
classes = sorted([B, A], key=lambda c: c.__name__)
print(classes)
try:
    A < B
except TypeError as e:
    print(type(e).__name__, e)
instances = {A(), A()}
print(len(instances))
