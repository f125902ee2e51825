import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks(), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "wheels", "heel"], n=2, cutoff=0.5))
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
b = ["zero\n", "one\n", "two\n", "THREE\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "ten\n", "eleven\n"]
print("".join(difflib.unified_diff(a, b, fromfile="before.txt", tofile="after.txt")), end="")
print("".join(difflib.unified_diff(a, b, n=1)), end="")
print("".join(difflib.context_diff(a, b, fromfile="x", tofile="y", n=1)), end="")
print(list(difflib.unified_diff(["a"], ["a"])), list(difflib.unified_diff([], ["new"], lineterm="")))
big_a = list("abcdefghij" * 30)
big_b = list("abcdefghij" * 29 + "abcdeXghij")
print(round(difflib.SequenceMatcher(None, big_a, big_b).ratio(), 6), difflib.SequenceMatcher(None, big_a, big_b, autojunk=False).ratio())
