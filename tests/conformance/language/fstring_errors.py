def show(src):
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)
    except ValueError as e:
        print("ValueError at run time:", e)

show('f"{}"')
show('f"{x!z}"')
show('f"{"')
show('f"}"')
show('f"{1:{2:{3}}}"')
print(f"{1:{2}}")
print("ok")
