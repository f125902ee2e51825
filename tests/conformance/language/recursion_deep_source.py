# Deeply nested source must be refused with an exception, never crash the process.
# CPython's exact exception differs by construct (SyntaxError, RecursionError, MemoryError),
# so only "refused" is checked for the pathological sizes.
def attempt(label, src, mode="eval"):
    try:
        if mode == "eval":
            result = eval(src)
        else:
            exec(src, {})
            result = "ran"
        print(label, "->", result)
    except (SyntaxError, RecursionError, MemoryError):
        print(label, "-> refused")

attempt("parens x50", "(" * 50 + "1" + ")" * 50)
attempt("parens x10000", "(" * 10000 + "1" + ")" * 10000)
attempt("lists x10000", "[" * 10000 + "]" * 10000)
attempt("unary minus x100000", "-" * 100000 + "1")
attempt("sum of 100000 terms", "1" + "+1" * 100000)
attempt("lambda chain x5000", "lambda: " * 5000 + "0")
nested_ifs = "x = 1\n"
for i in range(300):
    nested_ifs = "if x:\n" + "".join(" " + line + "\n" for line in nested_ifs.splitlines())
attempt("300 nested ifs", "x = 1\n" + nested_ifs, mode="exec")
attempt("moderate nesting", "[[[[[[[[[[1]]]]]]]]]]")
