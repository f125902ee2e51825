class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"exit failed while handling {exc_type.__name__ if exc_type else None}")

try:
    with ExitRaises():
        raise ValueError("body error")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", e.__context__)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
