stack = []
for i in range(5):
    stack.append(i)
print(stack.pop(), stack.pop(), stack[-1], stack)
queue = list("abc")
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix, [row[::-1] for row in matrix], list(map(list, zip(*matrix))))
flat = [x for row in matrix for x in row]
print(flat, flat.count(1), flat.index(1, 1), sum(flat), len(flat))
chunks = [flat[i:i + 4] for i in range(0, len(flat), 4)]
print(chunks)
seen = []
for x in [3, 1, 3, 2, 1]:
    if x not in seen:
        seen.append(x)
print(seen, list(dict.fromkeys([3, 1, 3, 2, 1])))
