def records(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            yield lines[len(lines)]


for value in records(["1", "x"]):
    print(value)
