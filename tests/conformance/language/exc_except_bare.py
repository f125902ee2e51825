def f(x):
    try:
        return 10 // x
    except:
        return "bare except caught " + type(x).__name__

print(f(2), f(0), f("s"))
try:
    try:
        raise ValueError("inner")
    except:
        print("bare handler re-raises")
        raise
except ValueError as e:
    print("outer got", e)
