import secrets
import string

for n in [None, 0, 1, 16, 33]:
    b = secrets.token_bytes(n)
    h = secrets.token_hex(n)
    u = secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), len(h), all(c in '0123456789abcdef' for c in h), len(u),
          all(c in string.ascii_letters + string.digits + '-_' for c in u))
print(len({secrets.token_hex(16) for _ in range(50)}))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), {secrets.randbelow(1) for _ in range(10)})
print(len({secrets.randbelow(3) for _ in range(300)}), all(0 <= secrets.randbits(5) < 32 for _ in range(100)))
print(secrets.randbits(0), all(secrets.choice('abc') in 'abc' for _ in range(50)), len({secrets.choice([1, 2]) for _ in range(100)}))
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'), secrets.compare_digest(b'', b''))
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.DEFAULT_ENTROPY, sorted(secrets.__all__))
for label, f in [('randbelow 0', lambda: secrets.randbelow(0)), ('randbelow -3', lambda: secrets.randbelow(-3)),
                 ('choice empty', lambda: secrets.choice([])), ('token -1', lambda: secrets.token_bytes(-1)),
                 ('compare mixed', lambda: secrets.compare_digest('a', b'a')),
                 ('randbits -1', lambda: secrets.randbits(-1))]:
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)
