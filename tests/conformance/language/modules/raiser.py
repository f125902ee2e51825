def fail(depth):
    if depth == 0:
        raise LookupError("raised inside an imported module")
    fail(depth - 1)
