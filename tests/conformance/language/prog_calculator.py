# A recursive-descent calculator: tokens, parser, evaluator, errors.
class CalcError(Exception):
    pass

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif ch in "+-*/()^%":
            tokens.append(("op", ch))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0
    def peek(self):
        return self.tokens[self.pos]
    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        kind, value = self.take()
        if kind == "num":
            return value
        if (kind, value) == ("op", "("):
            inner = self.expr()
            if self.take() != ("op", ")"):
                raise CalcError("expected ')'")
            return inner
        raise CalcError(f"unexpected token {value!r}")

def calc(src):
    try:
        parser = Parser(tokenize(src))
        value = parser.expr()
        if parser.peek()[0] != "end":
            raise CalcError("trailing input")
        return value
    except ZeroDivisionError as e:
        raise CalcError("division by zero") from e

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "7 % 4 + 10 / 4", "1.5 * 4",
            "2 * (3 + 4) - -1", "1 / 0", "3 +", "4 $ 4", "(1 + 2", "1 2"]:
    try:
        print(f"{src} = {calc(src)}")
    except CalcError as e:
        print(f"{src} -> error: {e} (cause: {type(e.__cause__).__name__})")
