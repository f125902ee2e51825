specs = ["", "10", "<10", ">10", "^10", "*^10", "=10", "+", "-", " ", "010", ",", "_", ".2", "10.3", "e", "E", "f", "F",
         "g", "G", "%", ".0f", "#", "#.0f", ".3e", "+.1%", "z.1f", "#g"]
for spec in specs:
    row = []
    for value in [1234.5678, -0.0, 42]:
        try:
            row.append(format(value, spec))
        except ValueError as e:
            row.append(f"<{e}>")
    print(repr(spec), row)
