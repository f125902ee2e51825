def run():
    errors = []
    for i, v in enumerate(["1", "a", "2", "b"]):
        try:
            int(v)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("bad values", errors)


run()
