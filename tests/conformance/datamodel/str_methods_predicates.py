samples = ["abc", "ABC", "Abc", "123", "١٢٣", "½", "abc123", "", " ", "\t\n", "hello world", "_x", "x1",
           "class", "Ⅻ", "²", "ǅ"]
for s in samples:
    flags = [name for name in ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace",
                               "islower", "isupper", "istitle", "isidentifier", "isprintable", "isascii"]
             if getattr(s, name)()]
    print(repr(s), flags)
print("\x07".isprintable(), "é".isascii(), "\u00a0".isspace())
