print("xxhelloyy".strip("xy"), "  \t\n x \r\f\v".strip(), repr("\u3000wide\u3000".strip()), repr("\x1c\x1dsep\x1e\x1f".strip()))
print("www.python.org".strip("w.org"), "0012300".strip("0"), "abcba".strip("ab"), "abc".strip(""), repr("aaa".strip("a")))
print("  a  ".lstrip(None), "  a  ".rstrip(None), "--==x==--".lstrip("-").rstrip("-"), "path/to/dir///".rstrip("/"))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "x".removeprefix(""), "a".removesuffix("a"))
