name, count = "widget", 3
print(f"{name} x{count}")
print(F"{count + 1}", f'{name!r}', f"{name!s}", f"{'é'!a}")
print(f"{{literal braces}} {count}")
print(f"{name.upper()}-{len(name)}")
print(f"{[i * i for i in range(4)]}")
print(f"{ {'k': 1}['k'] }")
print(f"{'nested ' + f'{count}'}")
print(f"{3.14159:.2f}|{42:5d}|{42:<5}|{42:^7}|{'x':>4}|")
print(f"{1234567:,}|{1234567:_}|{0.25:%}|{255:#x}|{255:08b}|{-3:+d}")
width = 6
print(f"{'pad':{width}}|{3.14159:.{width - 3}f}")
