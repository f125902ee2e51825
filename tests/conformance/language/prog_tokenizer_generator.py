KEYWORDS = {"let", "print", "if"}

def tokens(src):
    i, line = 0, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield ("KEYWORD" if word in KEYWORDS else "NAME", word, line)
            i = j
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield ("NUMBER", int(src[i:j]), line)
            i = j
        elif ch == '"':
            j = src.find('"', i + 1)
            if j < 0:
                raise SyntaxError(f"unterminated string on line {line}")
            yield ("STRING", src[i + 1:j], line)
            i = j + 1
        else:
            yield ("OP", ch, line)
            i += 1

program = 'let x = 42\nprint "hi" + x_1\nif x>3'
for tok in tokens(program):
    print(tok)
try:
    list(tokens('print "oops'))
except SyntaxError as e:
    print(type(e).__name__, e)
