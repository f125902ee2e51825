r1 = r"C:\new\table"
print(r1, len(r1))
print(repr(r"\n"), repr(R"\x41"))
print(r"\"quoted\"", len(r"\""))
print(rb"\x00" == b"\\x00", Rb"\d+", br"\w")
print(repr(r'''raw
triple\t'''))
pattern = r"(\d+)-(\d+)"
print(pattern.count("\\"), pattern)
