class Config:
    values = [1, 2, 3]
    limit = 2
    first_iter_ok = list(v for v in values)
    try:
        filtered = list(v for v in values if v < limit)
    except NameError as e:
        filtered = f"NameError: {e}"
print(Config.first_iter_ok, Config.filtered)
def make():
    x = 10
    g = (x + i for i in range(3))
    x = 20
    return list(g)
print(make())
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
