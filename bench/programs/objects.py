# Object-heavy code: classes with __init__, inheritance and super(), instance attribute reads and
# writes, method calls, a property, dunder methods (__add__, __eq__, __hash__, __repr__), and
# isinstance checks. Builds, simulates and summarises a small particle world.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Particle:
    count = 0

    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        Particle.count += 1

    @property
    def momentum(self):
        return self.vel.scale(self.mass)

    def step(self, width, height):
        p = self.pos + self.vel
        vx = self.vel.x
        vy = self.vel.y
        if p.x < 0 or p.x >= width:
            vx = -vx
        if p.y < 0 or p.y >= height:
            vy = -vy
        self.vel = Vec(vx, vy)
        self.pos = Vec(p.x % width, p.y % height)

    def energy(self):
        return self.mass * self.vel.dot(self.vel)


class HeavyParticle(Particle):
    def __init__(self, pos, vel, mass):
        super().__init__(pos, vel, mass * 10)

    def energy(self):
        return super().energy() // 2


class World:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.particles = []

    def add(self, particle):
        self.particles.append(particle)

    def tick(self):
        for p in self.particles:
            p.step(self.width, self.height)

    def total_energy(self):
        return sum(p.energy() for p in self.particles)

    def occupied(self):
        return len({p.pos for p in self.particles})


def build(n):
    world = World(97, 89)
    seed = 7
    for i in range(n):
        seed = (seed * 48271) % 2147483647
        pos = Vec(seed % 97, (seed // 97) % 89)
        vel = Vec(seed % 7 - 3, seed % 5 - 2)
        if i % 4 == 0:
            world.add(HeavyParticle(pos, vel, 1 + seed % 3))
        else:
            world.add(Particle(pos, vel, 1 + seed % 3))
    return world


world = build(400)
for _ in range(1200):
    world.tick()
momentum = Vec(0, 0)
for p in world.particles:
    momentum = momentum + p.momentum
heavy = sum(1 for p in world.particles if isinstance(p, HeavyParticle))
print("particles", Particle.count, "heavy", heavy)
print("energy", world.total_energy(), "occupied", world.occupied())
print("momentum", momentum, momentum == Vec(momentum.x, momentum.y))
