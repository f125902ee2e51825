import random

random.seed(12345)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 1000, 7) for _ in range(5)], random.randrange(10), random.randrange(-5, 5), random.randrange(10, 0, -3))
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 100, 200)])
print([random.choice("abcdefg") for _ in range(10)])
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(100), 10), random.sample("abcdefgh", 3), random.sample(range(10**6), 8))
print(random.sample(["a", "b", "c"], 5, counts=[2, 1, 3]))
print(random.choices("abc", k=6), random.choices("abc", weights=[1, 0, 5], k=6), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=5))
print([random.uniform(1.5, 2.5) for _ in range(3)])
print([random.gauss(0, 1) for _ in range(5)], random.gauss(10, 2))
print([random.normalvariate(5, 0.5) for _ in range(3)])
print([random.triangular(0, 10, 3) for _ in range(3)], random.triangular())
print(random.expovariate(2.0), random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(10))

for seed in [0, 1, -1, 2**64 + 7, 3.25, "hello", b"bytes", True, "", "ünï"]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(40))

r1, r2 = random.Random(42), random.Random(42)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6))
state = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)], len(state), state[0], len(state[1]), state[2])
r3 = random.Random("seed")
print(r3.random(), r3.choice(range(1000)))


class MyRandom(random.Random):
    def random(self):
        return 0.5


mr = MyRandom(1)
print(mr.random(), mr.uniform(0, 10), mr.choices("abc", k=3), mr.randint(1, 10) in range(1, 11))
print(isinstance(random.SystemRandom().random(), float), 0 <= random.SystemRandom().randrange(10) < 10)

for f in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(1, 5, 0),
          lambda: random.randrange(1.5), lambda: random.choice([]), lambda: random.sample({1, 2}, 1),
          lambda: random.sample([1], 2), lambda: random.choices([1, 2], [1]), lambda: random.getrandbits(-1),
          lambda: random.randint(1.0, 3), lambda: random.randrange(1, 5, -1), lambda: random.seed([1]),
          lambda: random.choices([1, 2], 2), lambda: random.choices([1], weights=[0])]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
