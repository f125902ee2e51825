import re

print(re.sub(r"\d+", "#", "a1b22c333"))
print(re.sub(r"\d+", "#", "a1b22c333", count=2))
print(re.subn(r"\d+", "#", "a1b22c333"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<1>|\g<0>>", "hi yo"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"a", r"\n\t\\\-", "bab"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.sub(r"\w+", lambda m: m.group().upper(), "hello big world", 2))
print(re.sub(r"(?i)HELLO", "bye", "Hello hello"))
print(re.sub("a", "b", "aaa", flags=re.I))
print(re.split(r"\s+", "a b  c\td"))
print(re.split(r"(\s+)", "a b  c"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"x*", "axbc"))
print(re.split(r"(a)|b", "1a2b3"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "...words, words..."))
print(re.split(r"\b", "a b"))
print(re.split("^$", "foo\n\nbar\n", flags=re.M))
print(re.findall(r"(\w)(\d)?", "a1b c2"))
print(re.findall(r"\w+@\w+\.com", "x a@b.com y c@d.com"))
print([m.group() for m in re.finditer(r"\w+", "one two three")])
print(re.escape("a.b*c d-e_f\u00e9#1+(x)"), re.escape(b"a.b"))
print(re.sub(b"a+", b"-", b"caaat"), re.findall(rb"\w+", b"hi there"), re.split(rb",", b"a,b"))
print(re.match(rb"(\d+)", b"123abc").group(1), re.search(rb"\s", b"a b").span())

bad_patterns = [
    "(a", "a)", "*a", "a**", "[a", "\\q", "(?P<a>x)(?P<a>y)", "[z-a]", "(?P<1a>x)", "a(?i)b",
    "\\2(a)", "(a\\1)", "(?<x>a)", "a{3,1}", "(?P=zz)", "(?", "a|*", "(?z)", "(?P<>a)", "\\x4",
    "\\u12", "(?(2)a|b)", "[\\q]", "(a)(?(1)x|y|z)", "a{2}{3}", "a???", "(?i", "\\N{FOO}", "a\n(b",
    "[a-\\d]", "\\8", "(?#unterminated", "a{1,2}{3}", "(?-i)a",
]
for p in bad_patterns:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for repl in [r"\g<2>", r"\g<x>", r"\9", r"\q", r"\g<", r"\g<a", r"\g<1a>", "\\"]:
    try:
        print(repr(re.sub("(a)", repl, "xa")))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
for f in [lambda: re.search("a", b"a"), lambda: re.search(b"a", "a"), lambda: re.search("a", 5),
          lambda: re.compile(b"a", re.U), lambda: re.compile("a", re.L), lambda: re.compile("a", re.A | re.U),
          lambda: re.compile(re.compile("a"), re.I), lambda: re.sub("a", 5, "a")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error is re.PatternError, type(re.compile("a")).__name__, type(re.match("a", "a")).__name__)
print(re.Pattern, re.Match)
