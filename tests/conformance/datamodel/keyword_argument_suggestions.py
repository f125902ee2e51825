def connect(host, port=80, *, timeout=5.0, retries=3):
    return host, port, timeout, retries
class Client:
    def send(self, payload, /, encoding="utf-8", *, compress=False):
        return payload
calls = [lambda: connect("h", prot=1), lambda: connect("h", timeuot=1), lambda: connect("h", retry=2),
         lambda: connect("h", zzz=1), lambda: Client().send(b"x", encodng="ascii"), lambda: Client().send(b"x", payload=1),
         lambda: Client().send(b"x", compres=True), lambda: connect(hots="h"), lambda: connect("h", Port=1)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
def kwargs_ok(a, **kw):
    return kw
print(kwargs_ok(1, b=2))
try:
    kwargs_ok(1, a=2)
except TypeError as e:
    print(e)
