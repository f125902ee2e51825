TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""

def words(text):
    for raw in text.split():
        word = raw.strip(".,;:!?").lower()
        if word:
            yield word

counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:<12}{n:>3} {'#' * n}")
print(len(counts), "distinct words,", sum(counts.values()), "in total")
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
by_length = {}
for w in sorted(counts):
    by_length.setdefault(len(w), []).append(w)
print({k: by_length[k] for k in sorted(by_length)})
