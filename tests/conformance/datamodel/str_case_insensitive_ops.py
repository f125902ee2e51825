names = ["alice", "Bob", "CHARLIE", "dave", "Eve"]
print(sorted(names), sorted(names, key=str.lower), sorted(names, key=lambda s: (len(s), s.lower())))
print([n for n in names if n.lower().startswith(("a", "c", "e"))])
print({n.lower(): n for n in names}["charlie"], "BOB".lower() in [n.lower() for n in names])
print("Straße".upper().lower(), "Straße".casefold() == "STRASSE".casefold(), "ǅ".lower(), "ǅ".upper(), "ǅ".title())
print("hello world".title(), "HELLO".capitalize(), "mIxEd".swapcase(), "ﬀ".upper(), "İ".casefold())
