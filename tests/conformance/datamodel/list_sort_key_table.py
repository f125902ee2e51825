data = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Éclair", "fig"]
for key, reverse in [(None, False), (None, True), (str.lower, False), (len, False), (len, True),
                     (lambda s: s[-1], False), (lambda s: (len(s), s.lower()), True)]:
    name = getattr(key, "__name__", "none")
    print(name, reverse, sorted(data, key=key, reverse=reverse))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 3, -n)), sorted(nums, reverse=True)[:3])
pairs = list(zip([2, 1, 2, 1], "abcd"))
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
