import sys

def run(fn):
    try:
        fn()
    except Exception as e:
        print("Exception handler:", type(e).__name__)
    except BaseException as e:
        print("BaseException handler:", type(e).__name__, e.args)

run(lambda: sys.exit(2))
def interrupt():
    raise KeyboardInterrupt
run(interrupt)
def gen_exit():
    raise GeneratorExit("closing")
run(gen_exit)
run(lambda: [].pop())
try:
    sys.exit()
except SystemExit as e:
    print("code is", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("code is", repr(e.code))
