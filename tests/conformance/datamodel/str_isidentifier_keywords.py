for s in ["name", "_private", "__dunder__", "2fast", "with space", "", "class", "None", "café", "π", "a-b", "ℌ", "x²", "_1"]:
    print(repr(s), s.isidentifier())
