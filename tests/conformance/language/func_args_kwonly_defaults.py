def connect(host, port=80, *, timeout=10, retries=3):
    return f"{host}:{port} t={timeout} r={retries}"

print(connect("a"))
print(connect("a", 8080, retries=0))
print(connect.__kwdefaults__, connect.__defaults__)
def only_kw(*, a, b=2):
    return a, b
print(only_kw(a=1))
try:
    only_kw(1)
except TypeError as e:
    print(e)
try:
    only_kw()
except TypeError as e:
    print(e)
def mixed(*args, flag=False):
    return args, flag
print(mixed(1, 2), mixed(flag=True))
