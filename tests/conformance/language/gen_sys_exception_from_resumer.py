import sys
def g():
    print("in gen:", repr(sys.exception()))
    yield 1
    print("resumed:", repr(sys.exception()))
    try:
        raise KeyError("own")
    except KeyError:
        yield 2
        print("own after yield:", repr(sys.exception()))
    print("after own:", repr(sys.exception()))
    yield 3
it = g()
try:
    raise ValueError("caller")
except ValueError:
    next(it)
next(it)
try:
    raise TypeError("caller2")
except TypeError:
    print("caller sees", repr(sys.exception()))
    next(it)
    print("caller still sees", repr(sys.exception()))
next(it, None)
print(sys.exc_info()[0])
def g():
    try:
        raise KeyError("in gen")
    except KeyError as e:
        print("context:", repr(e.__context__))
    yield sys.exc_info()[0]
def reraiser():
    yield 1
    raise
try:
    raise ValueError("outer")
except ValueError:
    print(next(g()))
    r = reraiser(); next(r)
    try:
        next(r)
    except ValueError as e:
        print("bare raise got", repr(e))
    except RuntimeError as e:
        print("runtime", e)
