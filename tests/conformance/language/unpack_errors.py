def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

def two(v):
    a, b = v
def star(v):
    a, b, *c = v

attempt("too many", lambda: two([1, 2, 3]))
attempt("too few", lambda: two([1]))
attempt("empty", lambda: two([]))
attempt("not iterable", lambda: two(5))
attempt("none", lambda: two(None))
attempt("star few", lambda: star([1]))
attempt("star ok", lambda: star([1, 2]))
attempt("generator", lambda: two(x for x in range(4)))
attempt("dict", lambda: two({"a": 1, "b": 2}))
attempt("string", lambda: two("abc"))
