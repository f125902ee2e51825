data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
values = iter(data)
while (v := next(values, None)) is not None:
    if v > 7:
        print("big", v)
print([y for x in data if (y := x * x) > 10])
print((total := sum(data)), total)
def f():
    if any((hit := x) > 5 for x in data):
        return hit
print(f())
print([(last := i) for i in range(3)], last)
