# Escape sequences in ordinary string literals.
s = "tab:\t| nl-escaped:\\n | quote:\" | apos:\' | bell:\a|"
print(repr(s))
print(len("\x41\x42"), "\x41\x42")
print("\101\102\103", "\0" == "\x00", len("\0"))
print("\u00e9\u4e2d", "\U0001F600" == "\U0001f600", len("\U0001F600"))
print(repr("\b\f\v\r"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{GREEK SMALL LETTER ALPHA}")
print(len("\N{BLACK STAR}"), ord("\N{BLACK STAR}"))
# Unknown escapes stay as they are (with a SyntaxWarning in 3.12+, not printed to stdout).
print(repr('a\\qb'))
print("line one\
 continued")
print('single "double" inside', "double 'single' inside")
