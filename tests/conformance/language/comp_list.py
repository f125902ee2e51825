print([x for x in range(10) if x % 3 == 0])
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[i * j for j in range(3)] for i in range(3)])
words = ["apple", "Bob", "cat", "Dog"]
print([w.lower() for w in words if w[0].isupper()])
print([(i, c) for i, c in enumerate("hey")])
print([x if x > 0 else 0 for x in [-2, 3, -1, 5]])
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row])
print([list(col) for col in zip(*matrix)])
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]])
