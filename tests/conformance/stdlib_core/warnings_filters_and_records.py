import warnings
def f():
    warnings.warn("careful", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    warnings.warn("dep", DeprecationWarning)
print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno)
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip")
with warnings.catch_warnings(record=True) as w:
    warnings.warn("skip this"); warnings.warn("Skip too")
    warnings.simplefilter("always")
    warnings.warn("keep")
print([str(x.message) for x in w])
print(warnings.formatwarning("m", UserWarning, "f.py", 3))
