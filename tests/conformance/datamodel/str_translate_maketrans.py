table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table))
print(sorted(table.items()))
remove = str.maketrans("", "", "aeiou")
print("programming language".translate(remove))
mapping = str.maketrans({"a": "4", "e": None, "o": "0"})
print("hello and goodbye".translate(mapping))
print("abc".translate({ord("a"): "AA", ord("b"): 66}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 1.5})
except TypeError as e:
    print(type(e).__name__, e)
