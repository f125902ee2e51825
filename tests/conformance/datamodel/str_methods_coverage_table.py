sample = "  Hello, World! 123 ﬁ  "
methods = ["capitalize", "casefold", "lower", "upper", "swapcase", "title", "strip", "lstrip", "rstrip", "isalnum",
           "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable",
           "isspace", "istitle", "isupper", "splitlines", "split", "rsplit", "expandtabs"]
for name in methods:
    print(f"{name:>13}: {getattr(sample, name)()!r}")
with_args = [("center", (30, "*")), ("ljust", (26, ".")), ("rjust", (26, ".")), ("zfill", (26,)), ("count", ("l",)),
             ("find", ("o",)), ("rfind", ("o",)), ("index", ("W",)), ("rindex", ("l",)), ("replace", ("l", "L", 2)),
             ("partition", (",",)), ("rpartition", (" ",)), ("startswith", ("  H",)), ("endswith", ("  ",)),
             ("split", (",", 1)), ("rsplit", (None, 1)), ("strip", (" 3ﬁ2",)), ("removeprefix", ("  Hello",)),
             ("removesuffix", ("123 ﬁ  ",)), ("encode", ("utf-8",)), ("join", (["a", "b"],)), ("format", ())]
for name, args in with_args:
    print(f"{name:>13}{args!r}: {getattr(sample, name)(*args)!r}")
