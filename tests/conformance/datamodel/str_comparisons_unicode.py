words = ["éclair", "eclair", "Zebra", "apple", "Äpfel", "zebra", "ápple", "10", "9", "", " "]
print(sorted(words))
print(sorted(words, key=str.casefold))
print("a" < "B", "a".upper() < "B", "Ä" > "Z", "ß" == "ss", "ß".casefold() == "ss".casefold())
print("e\u0301" == "é", len("e\u0301"), len("é"), "\u00e9" == "é")
print(max("aZ"), min(["b", "A", "a"]), "abc" > "ab", "abc" > "abD")
print(ord(min("zebra")), sorted("Hello World"), "".join(sorted(set("mississippi"))))
