s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find("o", 15, 20))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the", 5), s.count(""))
print(s.startswith("the"), s.startswith(("a", "t")), s.startswith("quick", 4), s.endswith("dog"), s.endswith("g", 0, 5))
print("fox" in s, s.find(""), s.rfind(""), "".find(""), "abc".find("c", -1))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
print(s.partition(" "), s.rpartition(" "), s.partition("zzz"), s.rpartition("zzz"))
print("a-b-c".removeprefix("a-"), "a-b-c".removesuffix("-c"), "abc".removeprefix("x"))
