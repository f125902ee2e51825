values = [rb"\d", Rb"\d", bR"\d", BR"\d", rf"{1}\n", fr"\t{2}", Rf"{3}", fR"{4}\x", RF"{5}", u"unicode", U"also"]
for v in values:
    print(type(v).__name__, repr(v))
for src in ['ub"x"', 'bu"x"', 'fb"x"', 'rbf"x"', 'ur"x"']:
    try:
        eval(src)
        print(src, "ok")
    except SyntaxError as e:
        print(src, "->", e.msg)
