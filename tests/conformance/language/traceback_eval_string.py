def run(expr):
    return eval(expr)


print(run("2 + 2"))
run("1 + undefined_in_eval")
