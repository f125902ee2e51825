# A command interpreter written with plain if/elif and dict dispatch.
def add(stack):
    b, a = stack.pop(), stack.pop()
    stack.append(a + b)

def mul(stack):
    b, a = stack.pop(), stack.pop()
    stack.append(a * b)

def dup(stack):
    stack.append(stack[-1])

OPS = {"+": add, "*": mul, "dup": dup}

def run(program):
    stack = []
    for token in program.split():
        op = OPS.get(token)
        if op is not None:
            op(stack)
        elif token.lstrip("-").isdigit():
            stack.append(int(token))
        else:
            raise ValueError(f"unknown token {token!r}")
    return stack

print(run("2 3 + dup *"))
print(run("-4 5 *"))
try:
    run("1 swap")
except ValueError as e:
    print(type(e).__name__, e)
try:
    run("+")
except IndexError as e:
    print(type(e).__name__, e)
