for spec in ["", "10", "<10", ">10", "^10", "-^10", ".3", "10.3", ">10.1", "s", "#^7", "\u2605^9"]:
    print(repr(spec), repr(format("hello", spec)), repr(format("", spec)), repr(format("é", spec)))
for bad in ["d", "+", ",", "=5", "05", "#"]:
    try:
        format("x", bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
