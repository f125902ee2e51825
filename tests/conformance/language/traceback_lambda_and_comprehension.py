data = [3, 1, 0]
inverse = lambda x: 1 / x
print([inverse(x) for x in data])
