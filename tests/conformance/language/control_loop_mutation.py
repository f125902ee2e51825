items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
print(items)
nums = [1, 2]
for n in nums:
    if len(nums) < 5:
        nums.append(n * 10)
print(nums)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
r = range(3)
for i in r:
    i = 100
print(list(r))
