log = []
def step(name, fail=False):
    log.append(name)
    if fail:
        raise ValueError(name)

try:
    try:
        step("a")
        step("b", fail=True)
        step("c")
    finally:
        step("cleanup")
except ValueError as e:
    log.append(f"handled {e}")
print(log)
def loop_with_try():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        except KeyError as k:
            out.append(f"k{k.args[0]}")
            continue
        finally:
            out.append("f")
    return out
print(loop_with_try())
