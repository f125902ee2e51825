# Dict and string work: generate a text from a pseudo-random word list, split it into lines and
# words, count words in a dict (get, setdefault, `in`), group by first letter, join results, and
# rank by frequency.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "qui", "dor"]


def make_words(count, seed):
    words = []
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) % 2147483648
        n = 1 + seed % 3
        w = ""
        s = seed
        for _ in range(n):
            w += SYLLABLES[s % len(SYLLABLES)]
            s //= len(SYLLABLES)
        words.append(w)
    return words


def make_text(words, per_line):
    lines = []
    for i in range(0, len(words), per_line):
        lines.append(" ".join(words[i:i + per_line]))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def group_by_initial(counts):
    groups = {}
    for word in counts:
        groups.setdefault(word[0], []).append(word)
    return groups


def line_stats(text):
    longest = ""
    vowels = 0
    for line in text.splitlines():
        if len(line) > len(longest):
            longest = line
        for ch in line:
            if ch in "aeiou":
                vowels += 1
    return len(longest), vowels


words = make_words(360000, 42)
text = make_text(words, 11)
counts = count_words(text)
groups = group_by_initial(counts)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("distinct", len(counts), "total", sum(counts.values()))
print("top", ", ".join(f"{w}={c}" for w, c in ranked[:5]))
print("groups", "".join(sorted(groups)), max(len(g) for g in groups.values()))
print("lines", line_stats(text), text.count("kaka"), len(text.upper().replace("LO", "")))
