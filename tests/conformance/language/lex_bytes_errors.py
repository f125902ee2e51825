for src in ["b'caf\u00e9'", "b'\\N{BULLET}'", "b'ok\\x41'", "'\\x4'", "'\\N{NOT A REAL NAME}'", "'\\u12'"]:
    try:
        print(src, "->", repr(eval(src)))
    except SyntaxError as e:
        print(src, "-> SyntaxError:", e.msg)
