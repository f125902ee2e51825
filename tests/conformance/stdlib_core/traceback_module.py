import traceback, sys
def inner(): return 1 / 0
def outer(): inner()
try:
    outer()
except ZeroDivisionError as e:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    print(traceback.format_exception_only(e))
    print([ (fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
    print("".join(traceback.format_exception(e, limit=1)).replace(__file__, "FILE"))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    traceback.print_exc(file=sys.stdout)
def f(): return traceback.extract_stack()
print([fs.name for fs in f()])
