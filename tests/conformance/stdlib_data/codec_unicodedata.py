import unicodedata as ud

for i, ch in enumerate(["A", "a", "é", "1", "٣", "½", " ", "\n", "€", "中", "한", "_", "-", "(", "\u0301", "\U0001f600"]):
    print(i, ud.name(ch, "<none>"), ud.category(ch), ud.numeric(ch, None), ud.decimal(ch, None), ud.digit(ch, None))
print(ud.lookup("LATIN SMALL LETTER E WITH ACUTE"), ud.lookup("snowman"), ud.lookup("HANGUL SYLLABLE GAG") == "각")
s = "e\u0301"
print(len(ud.normalize("NFC", s)), len(ud.normalize("NFD", "é")), ud.normalize("NFKC", "ﬁ"), ud.normalize("NFKD", "½") == "1\u20442")
print(ud.is_normalized("NFC", "é"), ud.is_normalized("NFD", "é"), ud.combining("a"), ud.unidata_version)
for f in [lambda: ud.name("\x00"), lambda: ud.lookup("NOPE"), lambda: ud.numeric("a"), lambda: ud.category("ab"), lambda: ud.normalize("X", "a")]:
    try:
        print(f())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
