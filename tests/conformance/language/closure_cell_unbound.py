def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = 42
    return inner()

print(outer())

def deleted():
    x = 1
    def get():
        return x
    del x
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)

deleted()
