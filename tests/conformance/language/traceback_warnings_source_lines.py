import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
old()
warnings.warn("plain user warning")
warnings.warn("again", UserWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old(); old()
    print(len(w), w[0].category.__name__, str(w[0].message))
x = [1, 2]
print(x is not None, 1 if x else 2)
class A: pass
print(A() is not A())
import sys
sys.exit(3)
