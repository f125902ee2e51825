def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")

find([3, 1, 4], 4)
find([3, 1, 4], 9)
find([], 1)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
count = 3
while count:
    count -= 1
else:
    print("else runs when the condition turns false; count =", count)
