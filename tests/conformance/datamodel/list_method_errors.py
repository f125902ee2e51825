l = [3, 1, 2]
for call in [lambda: l.index(9), lambda: l.remove(9), lambda: [].pop(), lambda: l.pop(10), lambda: l.insert("a", 1),
             lambda: l.index(1, "x"), lambda: l.append(), lambda: l.extend(5), lambda: l.count(), lambda: l[5],
             lambda: l.__setitem__(7, 0), lambda: l.sort(reverse=None), lambda: l.copy(1), lambda: l * 1.5, lambda: l + None]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print("after loop", l)
l = [3, 1, 2]
print(l.index(2, -1), l.index(3, -10, 10), l.pop(-3), l)
l.insert(100, "end"); l.insert(-100, "start")
print(l)
l[1:1] = "xy"
print(l)
try:
    l[::2] = [0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    del l["a"]
except TypeError as e:
    print(type(e).__name__, e)
l.clear()
print(l, l.extend(range(3)), l, l.reverse(), l)
