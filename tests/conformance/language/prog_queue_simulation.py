class LCG:
    """Deterministic pseudo-random numbers (no random module needed)."""
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2**31
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

rng = LCG(42)
queue, served, waits = [], 0, []
for tick in range(50):
    if rng.randint(1, 10) <= 4:
        queue.append(tick)
    if queue and rng.randint(1, 10) <= 5:
        arrived = queue.pop(0)
        waits.append(tick - arrived)
        served += 1
print("served", served, "still waiting", len(queue))
print("max wait", max(waits), "average wait", round(sum(waits) / len(waits), 3))
print([rng.randint(0, 9) for _ in range(10)])
