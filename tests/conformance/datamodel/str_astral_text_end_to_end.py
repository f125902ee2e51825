# Text outside the Basic Multilingual Plane (emoji, math letters, Deseret) end to end: str counts code
# points everywhere (len, indexing, slicing, search, padding, formatting, re positions, codecs).
import json
import re

text = "Hi 😀, 𝔘nicode 𐐀 ok 🙂!"
print(len(text), [text[i] for i in (3, 4, 6, -2)], text[3:6], text[::-1], text[::3])
print([c for c in "a😀b"], list(reversed("a😀b")), list(map(ord, "😀𝔘")), chr(0x1F600), chr(0x10400))
for i in range(-1, 3):
    print(i, repr("😀x"[i:]), repr("😀x"[:i]))
try:
    "😀"[1]
except IndexError as e:
    print("IndexError", e)

# searching reports code-point positions, windows are code points
print(text.find("😀"), text.find(","), text.rfind("o"), text.index("𐐀"), text.count("😀"), text.find("ok", 14), text.find("o", 0, 12))
print(text.startswith("😀", 3), text.endswith("🙂", 0, -1), text.startswith(("x", "Hi")), "😀" in text, "\U0001F642" in text)
print(text.split(), text.partition("😀"), text.rpartition("o"), "😀|𝔘|🙂".split("|"), "😀😀😀".split("😀", 1))
print("😀ab😀".strip("😀"), "😀ab😀".lstrip("😀"), "😀ab😀".rstrip("😀b"), "a😀😀b".replace("😀", "-"), "😀😀".replace("", "."))
print("ab😀".removeprefix("ab"), "ab😀".removesuffix("😀"), "😀a".removesuffix("a"))

# padding and formatting widths count code points
print("😀".center(5, "*"), "😀".ljust(3, "🙂") + "|", "𝔘".rjust(3) + "|", "😀1".zfill(4), "a😀\tb".expandtabs(4) + "|")
print(f"[{'😀':^5}] [{'😀𝔘':>4}] [{'x':😀<3}] [{'𝔘𝔘𝔘':.2}] [{42:🙂>5}] [{'😀':5}]")
print("[%3s] [%-3s] [%.1s] [%c] [%c]" % ("😀", "😀", "😀𝔘", "😀", 0x1F642))
print("{:*>4}|{:^6}|{!r:>8}".format("😀", "𝔘😀", "😀"))

# case mapping and predicates on astral letters
print("𐐀𐐁".lower(), "𐐨𐐩".upper(), "𐐀𐐩".swapcase(), "𐐨𐐩 𐐨".title(), "𐐨𐐩".capitalize(), "𐐀".casefold())
print("𐐀".isupper(), "𐐨".islower(), "𝔘𝔫".isalpha(), "𝟘𝟙".isdigit(), "𝟘".isdecimal(), "𝔘x".isidentifier(), "😀".isalnum())
print("😀".isprintable(), "\U000E0001".isprintable(), "😀a".isascii(), "ΣΑΣ 😀".lower(), "😀".isspace())

# repr and ascii: printable astral characters are shown as they are
print(repr("😀\U0001F600"), ascii("😀𝔘"), repr("\U000E0001\U0010FFFF"), repr("\ud800"), ascii("\udfff"))

# code-point ordering: a pair sorts above every BMP character
words = ["\uffff", "😀", "z", "\ue000", "\ud7ff", "𝔘", "é"]
print([ascii(w) for w in sorted(words)], "😀" > "\uffff", "\ue000" < "😀", min("😀", "\uffff") == "\uffff")
print(sorted("b😀a\uff21"), max("a😀\uffee"), "😀" == "\U0001F600", hash("😀") == hash("\U0001F600"))

# translate / maketrans with astral keys
table = str.maketrans({"😀": "smile", "🙂": None, "a": "😀"})
print(sorted(table.items()), "a😀🙂b".translate(table), str.maketrans("😀x", "y🙂"))

# codecs
for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-16", "utf-32"):
    data = "a😀".encode(enc)
    print(enc, data, data.decode(enc) == "a😀")
print("x😀y".encode("ascii", "replace"), "😀".encode("ascii", "backslashreplace"), "😀".encode("latin-1", "xmlcharrefreplace"))
print("😀€".encode("ascii", "namereplace"), "\ud800".encode("utf-8", "surrogatepass"), b"\xed\xb0\x80".decode("utf-8", "surrogatepass") == "\udc00")
try:
    "ab😀c😀".encode("latin-1")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, ascii(e.object[e.start:e.end]))
try:
    "ab😀🙂c".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)

# json keeps astral characters whole
print(json.dumps({"k": "😀"}), json.dumps("😀𝔘", ensure_ascii=False), json.loads('"\\ud83d\\ude00"') == "😀")
print(len(json.loads('"\\ud83d\\ude00 x"')), json.loads(json.dumps("𐐀")) == "𐐀")

# re: positions in code points, '.' and classes match a pair as one character
m = re.search(r"(\w+) ok", text)
print(m.span(), m.span(1), m.start(), m.end(1), m.group(1), m.pos, m.endpos)
print([mm.span() for mm in re.finditer(".", "😀a𝔘")], re.findall(".", "a😀b"), re.findall("[^a]", "a😀b"))
print(re.findall("[😀-😎]+", "x😀😎y🙂"), re.findall("[a😀]", "ba😀🙂"), re.findall("[^😀]", "😀x🙂"))
print(re.sub("😀", "<\\g<0>>", "a😀b😀"), re.split("[,🙂]", "a🙂b,c"), re.compile("b").search("😀😀b", 2).span())
print(re.match("😀+", "😀😀x").end(), re.fullmatch(".{3}", "😀𝔘🙂") is not None, re.search("$", "😀😀").start())
try:
    re.compile("😀(")
except re.error as e:
    print("re.error", e.msg, e.pos)
print(re.findall(r"\w+", "𐐀𐐨 x𝔘y 😀 𝟘1"), re.findall(r"\W", "a😀b 𝔘"), re.findall(r"\d+", "x𝟘𝟙2😀"), re.findall(r"\S+", "😀a 🙂"))
print(re.sub(r"\D", "", "1😀2𝟘"), re.findall(r"[^\s]+", "😀 🙂x"), re.search(r"(?i)𝔘+", "a𝔘𝔘").span())

# json error positions and raw_decode indices count code points; int() reads astral digits
for src in ['["😀", x]', '{"𝔘": 1,}', '"😀\\q"']:
    try:
        json.loads(src)
    except json.JSONDecodeError as e:
        print(e, e.pos, e.colno)
print(json.JSONDecoder().raw_decode('["😀"] tail'), json.JSONDecoder().raw_decode('😀😀 [1]'[3:]), int('𝟙𝟚'), int('1𝟘', 16))
