def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"

print(f())

def g():
    try:
        return "from try"
    finally:
        print("finally before return")

print(g())

def h():
    try:
        return 1
    finally:
        return 2  # overrides (SyntaxWarning in 3.14, silent in 3.13)

print(h())

def k():
    while True:
        try:
            raise ValueError("swallowed")
        finally:
            break
    return "break in finally discards the exception"

print(k())
