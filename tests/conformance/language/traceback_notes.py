def validate(row, n):
    try:
        return int(row)
    except ValueError as e:
        e.add_note(f"while reading row {n}")
        e.add_note("rows must be integers")
        raise


for n, row in enumerate(["1", "x"]):
    print(validate(row, n))
