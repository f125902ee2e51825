import re

# (pattern, flags, subject): search, match, fullmatch, findall for each.
cases = [
    (r"abc", 0, "xxabcxx"),
    (r"a.c", 0, "a\nc abc"),
    (r"a.c", re.S, "a\nc"),
    (r"^\w+", re.M, "one two\nthree four"),
    (r"\w+$", re.M, "one two\nthree four\n"),
    (r"\w+$", 0, "one two\nthree four\n"),
    (r"(\d+)-(\d+)", 0, "tel 12-345 and 6-7"),
    (r"(?P<year>\d{4})-(?P<month>\d\d)", 0, "on 2024-05-17"),
    (r"(a)|(b)", 0, "xbxa"),
    (r"colou?r", re.I, "COLOR Colour"),
    (r"\bfoo\b", 0, "foo foobar barfoo foo."),
    (r"\Bfoo", 0, "foo foobar barfoo"),
    (r"[A-Z][a-z]*", 0, "Hello World and More"),
    (r"[^aeiou\s]+", 0, "programming is fun"),
    (r"[\d.]+", 0, "v1.2.3 and 45"),
    (r"x*", 0, "abxxd"),
    (r"a{2,3}", 0, "a aa aaa aaaa"),
    (r"a{,2}", 0, "aaa"),
    (r"a{2}?", 0, "aaa"),
    (r"a+?", 0, "aaa"),
    (r"(?i)hello", 0, "HeLLo"),
    (r"(?x) a  b  # comment\n c", 0, "abc"),
    (r"(?<=\$)\d+", 0, "cost $42 or $7"),
    (r"(?<!\$)\b\d+", 0, "cost $42 or 7"),
    (r"\d+(?= dollars)", 0, "100 dollars 200 euros"),
    (r"\d+(?! dollars)", 0, "100 dollars 200 euros"),
    (r"(\w)\1", 0, "hello bookkeeper"),
    (r"(?P<q>['\"]).*?(?P=q)", 0, "say 'hi' and \"bye\""),
    (r"(a)?b(?(1)c|d)", 0, "abc bd abd"),
    (r"\AThe", 0, "The end"),
    (r"end\Z", 0, "The end"),
    (r"end\Z", 0, "The end\n"),
    (r"end$", 0, "The end\n"),
    (r"\s+", 0, "a \t\n b"),
    (r"\S+", 0, "a \t\n b"),
    (r"\w+", re.A, "héllo wörld"),
    (r"\w+", 0, "héllo wörld"),
    (r"[\w-]+", 0, "a-b c_d"),
    (r"\x41\u0042\n", 0, "AB\n"),
    (r"\t", 0, "a\tb"),
    (r"\.\*", 0, "a.*b"),
    (r"[]a]", 0, "]a"),
    (r"[^]a]", 0, "]ab"),
    (r"a|ab", 0, "ab"),
    (r"(?:ab)+", 0, "ababab"),
    (r"(a(b)?)+", 0, "aba"),
    (r"(?s:.)x.", 0, "\nx\n"),
    (r"(?i:A)b", 0, "ab AB Ab"),
    (r"(?>a+)b", 0, "aaab"),
    (r"a++b", 0, "aaab"),
    (r"", 0, "ab"),
    (r"\d", 0, "٣3"),
    (r"\d", re.A, "٣3"),
    (r"[a-c]+", re.I, "ABCabcD"),
    (r"\N{LATIN SMALL LETTER E WITH ACUTE}", 0, "café"),
    (r"\0\01", 0, "\x00\x01"),
    (r"x{2}{", 0, "xx{"),
]
for pat, flags, s in cases:
    p = re.compile(pat, flags)
    m = p.search(s)
    print(repr(pat), "search:", m and (m.span(), m.group(), m.groups()))
    m = p.match(s)
    print("  match:", m and m.span(), "full:", p.fullmatch(s) is not None)
    print("  findall:", p.findall(s))

m = re.search(r"(?P<first>\w+) (?P<last>\w+)(?P<x>!)?", "Jane Doe")
print(m.group(), m.group(1), m.group("last"), m.group(1, 2, "x"), m["first"], m[0])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.span(), m.span(2), m.start("last"), m.end(), m.span("x"), m.start(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re.pattern, m.regs)
print(repr(m))
print(m.expand(r"\g<last>, \1 [\g<0>] \2\n"))
for pat, s in [(r"(a)(b)", "ab"), (r"((a)b)", "ab"), (r"(a(b))", "ab"), (r"(a)()", "a"), (r"(a)|(b)", "b"), (r"x", "x")]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup)
for bad in [1.5, "nope", 4, -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)

p = re.compile(r"\d+")
print(p.search("a1b22c333", 2), p.search("a1b22c333", 2, 4), p.match("a1b22", 1), p.search("12", 5), p.search("abc123", 10, 2))
print(p.findall("a1b22c333", 4), list(x.span() for x in p.finditer("a1b22c333")))
print(p.pattern, p.flags, p.groups, re.compile("(?P<a>x)(y)(?P<b>z)").groupindex)
print(repr(p), repr(re.compile("a", re.I | re.M)), repr(re.compile("(?s)a")), repr(re.compile(b"a", re.I)))
print(repr(re.compile("a", re.X | re.A)), re.compile("(?i)a").flags, re.compile(b"x").flags, re.compile("x", re.A).flags)
print(repr(re.I), repr(re.I | re.M), re.I | 1024, re.IGNORECASE.value, int(re.S), re.M & re.M, re.NOFLAG)
print(re.compile("abc") == re.compile("abc"), re.compile("abc") == re.compile("abc", re.I))
print(re.compile(p) is p)
