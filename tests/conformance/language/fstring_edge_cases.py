x = 42
print(f"{x!r:>6}|{x:>{3 + 3}}|{x:{'^'}{8}}|")
print(f"{'{'}{x}{'}'}")
print(f"{x:#_b}", f"{x:=+8}", f"{-x:=8}", f"{x:08.3f}")
print(f"{'abc'[::-1]}", f"{(lambda: 'lambda in fstring')()}")
print(f"{x if x > 40 else 0}", f"{x,}", f"{x, x + 1}")
print(f"{3.0:g}", f"{1e20:g}", f"{1234.5:,.1f}", f"{0.000012:.2e}")
d = {"a": {"b": [10, 20]}}
print(f"{d['a']['b'][-1]}", f"{len(d)=}")
print(f"""{'triple'}""", f'''{"mixed"}''', rf"{x}\n", F"{x}")
print(f"{'':>3}|", f"{None!s:5}|", f"{True:d}", f"{False!r}")
print(f"{x:{''}}", f"{x}" f"{x}", "plain" f"{x}")
