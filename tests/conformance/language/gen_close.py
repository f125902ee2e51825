def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("closed")

r = resource()
print(next(r))
r.close()
r.close()
print(list(r))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to stop"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_close():
    try:
        yield
    except GeneratorExit:
        print("saw GeneratorExit")
        return "ignored value"
c = returns_on_close()
next(c)
print(c.close())
never = resource()
never.close()
print("closing an unstarted generator runs nothing")
