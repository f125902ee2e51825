order = []
def tag(name):
    order.append(f"factory {name}")
    def decorate(fn):
        order.append(f"apply {name}")
        def wrapper():
            return f"<{name}>{fn()}</{name}>"
        return wrapper
    return decorate

@tag("b")
@tag("i")
@tag("u")
def text():
    return "x"

print(order)
print(text())
