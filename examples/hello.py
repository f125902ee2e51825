"""Hello from GilGrid: a short tour of the Python that every isolated interpreter runs."""


class Planet:
    def __init__(self, name, moons, au):
        self.name = name
        self.moons = moons
        self.au = au  # mean distance from the Sun in astronomical units

    def __repr__(self):
        return f"Planet({self.name!r}, moons={self.moons})"


def light_minutes(au):
    # Sunlight needs about 8.317 minutes to cross one astronomical unit.
    return au * 8.317


def words(text):
    for word in text.split():
        yield word.strip(".,!").lower()


planets = [
    Planet("Mercury", 0, 0.387),
    Planet("Venus", 0, 0.723),
    Planet("Earth", 1, 1.0),
    Planet("Mars", 2, 1.524),
    Planet("Jupiter", 95, 5.203),
]

print("Hello from GilGrid!")
print()
print(f"{'planet':<8} {'moons':>5} {'sunlight':>10}")
for p in sorted(planets, key=lambda p: p.moons, reverse=True):
    print(f"{p.name:<8} {p.moons:>5} {light_minutes(p.au):>6.1f} min")

print()
print("with moons:", ", ".join(p.name for p in planets if p.moons))
print("total moons:", sum(p.moons for p in planets))
print("closest:", min(planets, key=lambda p: p.au))

counts = {}
for w in words("The grid runs Python. Python runs on the grid, in parallel!"):
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top words:", top)

try:
    planets[0].rings
except AttributeError as e:
    print("caught:", e)
