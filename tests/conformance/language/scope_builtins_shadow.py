print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
def uses_local_list():
    list = "not a function"
    return list
print(uses_local_list(), list("ab"))
max = lambda *a: "fake max"
print(max(1, 2))
del max
print(max(1, 2))
try:
    del max
except NameError as e:
    print(type(e).__name__, e)
print(type(print).__name__, print.__name__)
