found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
result = []
for i in range(3):
    j = 0
    while True:
        j += 1
        if j > i:
            break
        result.append((i, j))
print(result)
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return r, c
    return None
print(first_negative([[1, 2], [3, -4]]), first_negative([[1]]))
