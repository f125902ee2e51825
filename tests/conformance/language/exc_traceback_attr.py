def a():
    b()

def b():
    raise RuntimeError("deep")

try:
    a()
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e2 = ValueError("fresh")
print(e2.__traceback__)
e3 = e2.with_traceback(None)
print(e3 is e2)
