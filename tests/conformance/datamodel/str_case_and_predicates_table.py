samples = ["hello World", "ÉCOLE", "straße", "ǅungla", "o'neil's 3rd", "ΣΑΣ", "ﬁ", "123abc", "", "   "]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
for s in ["abc", "ABC", "Abc Def", "abc1", "123", "½", "²", "٣", "a b", "", " ", "\t", "x_y", "Ǆ", "ǅa"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii(), s.isprintable(), s.isidentifier())
