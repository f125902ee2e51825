def attempt(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e))

def raise_class():
    raise KeyError
def raise_instance():
    raise KeyError("inst")
def raise_non_exception():
    raise 5
def raise_non_exception_class():
    raise int
def bare_raise_outside():
    raise
def raise_from_non_exception():
    raise ValueError() from 1
class NotAnException:
    pass
def raise_plain_class():
    raise NotAnException

for fn in [raise_class, raise_instance, raise_non_exception, raise_non_exception_class,
           bare_raise_outside, raise_from_non_exception, raise_plain_class]:
    attempt(fn)
