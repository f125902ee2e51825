specs = ["d", "5d", "<5d", "^5d", "05d", "+d", " d", ",d", "_d", "b", "#b", "o", "#o", "x", "#X", "_x", "#_b", "c", "n",
         "e", ".2f", "%", "08.2f", "=+8d", "x<6", "0<5"]
for spec in specs:
    out = []
    for value in [0, 7, -42, 65535]:
        try:
            out.append(format(value, spec))
        except (ValueError, OverflowError) as e:
            out.append(f"<{e}>")
    print(repr(spec), out)
