"""Text analytics plugin: tokenise a text, count words, report the top-k.

    gilgrid map examples/plugins/textstats.py:analyze --input examples/inputs/texts.jsonl

Each input is one text (or [text, k]); each result is a dict of statistics.
"""

STOP_WORDS = frozenset(
    "a an and are as at be but by for from has have in is it its of on or that the this to was "
    "were will with".split()
)


def tokenize(text):
    """Lower-case words: runs of letters, digits and inner apostrophes."""
    words = []
    current = []
    for ch in text.lower():
        if ch.isalnum() or (ch == "'" and current):
            current.append(ch)
        elif current:
            words.append("".join(current).strip("'"))
            current = []
    if current:
        words.append("".join(current).strip("'"))
    return [w for w in words if w]


def count_sentences(text):
    enders = sum(text.count(mark) for mark in ".!?")
    return max(1, enders) if text.strip() else 0


def top_words(words, k):
    counts = {}
    for word in words:
        if word not in STOP_WORDS:
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [[word, n] for word, n in ranked[:k]]


def analyze(text, k=3):
    if not isinstance(text, str):
        raise TypeError(f"expected a text, got {type(text).__name__}")
    words = tokenize(text)
    longest = max(words, key=len) if words else None
    return {
        "words": len(words),
        "unique": len(set(words)),
        "sentences": count_sentences(text),
        "avg_word_length": round(sum(map(len, words)) / len(words), 2) if words else 0.0,
        "longest": longest,
        "top": top_words(words, k),
    }
