print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print()
print("no newline", end="")
print(" ...continued")
print(*[1, 2, 3], sep=", ")
print("x", None, 1.5, [1], {"k": (1,)}, sep="|")
print("tab\tseparated", "new\nline")
print(sep="ignored", end="only end\n")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
print("a", "b", sep=None, end=None)
