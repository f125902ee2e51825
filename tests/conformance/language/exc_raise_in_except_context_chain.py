def level3():
    raise KeyError("root cause")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("level2 failed") from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("level1 failed")
try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur:
        how = "cause" if cur.__cause__ else "context" if cur.__context__ else "end"
        chain.append(f"{type(cur).__name__}({cur}) [{how}]")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
def self_context():
    try:
        raise ValueError("x")
    except ValueError as e:
        raise e
try:
    self_context()
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
