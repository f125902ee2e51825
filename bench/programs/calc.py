# A small language implementation: a tokenizer (character classification, slicing), a recursive
# descent parser building tuple-based ASTs, a tree-walking evaluator with variables, and a compiler
# to a stack machine whose dispatch loop runs the same programs. Mirrors an interpreter's own work.

OPS = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2}


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == " ":
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < n and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/%()=;":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("bad character " + repr(ch))
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def program(self):
        stmts = []
        while self.peek()[0] != "end":
            name = self.advance()[1]
            self.advance()  # '='
            stmts.append(("assign", name, self.expr(0)))
            self.advance()  # ';'
        return stmts

    def expr(self, min_prec):
        left = self.atom()
        while True:
            kind, value = self.peek()
            if kind != "op" or value not in OPS or OPS[value] < min_prec:
                return left
            self.advance()
            right = self.expr(OPS[value] + 1)
            left = ("bin", value, left, right)

    def atom(self):
        kind, value = self.advance()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            return ("var", value)
        if value == "(":
            inner = self.expr(0)
            self.advance()  # ')'
            return inner
        if value == "-":
            return ("neg", self.atom())
        raise SyntaxError("unexpected " + str(value))


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b % 1000003  # keeps every value a small int
    if op == "/":
        return a // b if b else 0
    return a % b if b else 0


def evaluate(node, env):
    tag = node[0]
    if tag == "num":
        return node[1]
    if tag == "var":
        return env.get(node[1], 0)
    if tag == "neg":
        return -evaluate(node[1], env)
    return apply(node[1], evaluate(node[2], env), evaluate(node[3], env))


def compile_expr(node, code):
    tag = node[0]
    if tag == "num":
        code.append(("push", node[1]))
    elif tag == "var":
        code.append(("load", node[1]))
    elif tag == "neg":
        compile_expr(node[1], code)
        code.append(("neg", None))
    else:
        compile_expr(node[2], code)
        compile_expr(node[3], code)
        code.append(("op", node[1]))


def run_vm(code, env):
    stack = []
    for op, arg in code:
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(env.get(arg, 0))
        elif op == "store":
            env[arg] = stack.pop() % 1000003
        elif op == "neg":
            stack.append(-stack.pop())
        else:
            b = stack.pop()
            a = stack.pop()
            stack.append(apply(arg, a, b))
    return env


def make_source(lines, seed):
    names = ["a", "b", "c", "d", "x1", "y2", "total"]
    parts = []
    for _ in range(lines):
        seed = (seed * 1103515245 + 12345) % 2147483648
        target = names[seed % len(names)]
        expr = str(seed % 100)
        for k in range(1 + seed % 6):
            seed = (seed * 1103515245 + 12345) % 2147483648
            operand = names[seed % len(names)] if seed % 3 else str(seed % 50)
            op = "+-*/%"[seed % 5]
            expr = "(" + expr + " " + op + " " + operand + ")" if k % 2 else expr + " " + op + " -" + operand
        parts.append(target + " = " + expr + ";")
    return " ".join(parts)


source = make_source(10000, 99)
tokens = tokenize(source)
program = Parser(tokens).program()
tree_env = {}
for _ in range(6):
    for _, name, expr in program:
        tree_env[name] = evaluate(expr, tree_env) % 1000003
code = []
for _, name, expr in program:
    compile_expr(expr, code)
    code.append(("store", name))
vm_env = {}
for _ in range(6):
    run_vm(code, vm_env)
print("tokens", len(tokens), "statements", len(program), "instructions", len(code))
print("tree", sorted(tree_env.items()))
print("agree", tree_env == vm_env)
