nums = [5, 3, 5, 1, 3, 9, 1]
print(sorted(set(nums)), sorted({n * n for n in nums}), len({n % 3 for n in nums}))
words = "the quick brown the lazy dog the end".split()
print(sorted(set(words)), sorted({w for w in words if len(w) > 3}), sorted(set(words), key=words.index))
vowels = set("aeiou")
print(sorted(vowels & set("programming")), sorted(set("programming") - vowels), sorted(vowels ^ set("aeb")))
print({x for x in range(5)} == set(range(5)), {(x, y) for x in range(2) for y in range(2)} >= {(0, 0)})
s = set()
print(s, len(s), bool(s), type(s).__name__, set() == frozenset(), {1} | set() == {1})
