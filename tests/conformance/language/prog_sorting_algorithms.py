def bubble(items):
    a = list(items)
    for end in range(len(a) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swapped = True
        if not swapped:
            break
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    while left and right:
        out.append((left if left[0] <= right[0] else right).pop(0))
    return out + left + right

def quick(a):
    if len(a) <= 1:
        return a
    pivot, *rest = a
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])

def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
for fn in (bubble, merge_sort, quick, insertion):
    print(fn.__name__, fn(data), fn(data) == sorted(data))
print(sorted(data, reverse=True), sorted(["b", "A", "c"], key=str.lower))
records = [("bob", 25), ("amy", 30), ("cat", 25)]
print(sorted(records, key=lambda r: (r[1], r[0])))
