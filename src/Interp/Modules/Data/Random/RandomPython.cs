namespace GilGrid.Interp.Modules.Data.Random;

/// <summary>
/// The Python part of `random`. Each method draws from the generator in the same order and with
/// the same arithmetic as CPython 3.13, which is what makes seeded sequences identical.
/// </summary>
internal static class RandomPython
{
    public const string Source = """
        _TWOPI = 6.283185307179586
        _NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
        _LOG4 = _log(4.0)
        _ONE = 1


        def _bisect_right(a, x, lo, hi):
            while lo < hi:
                mid = (lo + hi) // 2
                if x < a[mid]:
                    hi = mid
                else:
                    lo = mid + 1
            return lo


        def _accumulate(values):
            total = None
            out = []
            for v in values:
                total = v if total is None else total + v
                out.append(total)
            return out


        def _is_sequence(p):
            if isinstance(p, (list, tuple, str, range, bytes)):
                return True
            if isinstance(p, (dict, set, frozenset)):
                return False
            t = type(p)
            return hasattr(t, '__getitem__') and hasattr(t, '__len__')


        class Random(_BaseRandom):
            __module__ = 'random'
            VERSION = 3

            def __init__(self, x=None):
                self.seed(x)
                self.gauss_next = None

            def seed(self, a=None, version=2):
                if not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
                    raise TypeError('The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.')
                super().seed(a, version)
                self.gauss_next = None

            def getstate(self):
                return self.VERSION, super().getstate(), self.gauss_next

            def setstate(self, state):
                version = state[0]
                if version == 3:
                    version, internalstate, self.gauss_next = state
                    super().setstate(internalstate)
                else:
                    raise ValueError(f'state with version {version} passed to Random.setstate() of version {self.VERSION}')

            def _randbelow(self, n):
                getrandbits = self.getrandbits
                k = n.bit_length()
                r = getrandbits(k)
                while r >= n:
                    r = getrandbits(k)
                return r

            def randrange(self, start, stop=None, step=_ONE):
                istart = _index(start)
                if stop is None:
                    if step is not _ONE:
                        raise TypeError('Missing a non-None stop argument')
                    if istart > 0:
                        return self._randbelow(istart)
                    raise ValueError('empty range for randrange()')
                istop = _index(stop)
                width = istop - istart
                istep = _index(step)
                if istep == 1:
                    if width > 0:
                        return istart + self._randbelow(width)
                    raise ValueError(f'empty range in randrange({start}, {stop})')
                if istep > 0:
                    n = (width + istep - 1) // istep
                elif istep < 0:
                    n = (width + istep + 1) // istep
                else:
                    raise ValueError('zero step for randrange()')
                if n <= 0:
                    raise ValueError(f'empty range in randrange({start}, {stop}, {step})')
                return istart + istep * self._randbelow(n)

            def randint(self, a, b):
                return self.randrange(a, b + 1)

            def randbytes(self, n):
                return _le_bytes(self.getrandbits(n * 8), n)

            def choice(self, seq):
                if not len(seq):
                    raise IndexError('Cannot choose from an empty sequence')
                return seq[self._randbelow(len(seq))]

            def shuffle(self, x):
                randbelow = self._randbelow
                for i in range(len(x) - 1, 0, -1):
                    j = randbelow(i + 1)
                    x[i], x[j] = x[j], x[i]

            def sample(self, population, k, *, counts=None):
                if not _is_sequence(population):
                    raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
                n = len(population)
                if counts is not None:
                    cum_counts = _accumulate(counts)
                    if len(cum_counts) != n:
                        raise ValueError('The number of counts does not match the population')
                    total = cum_counts.pop()
                    if not isinstance(total, int):
                        raise TypeError('Counts must be integers')
                    if total <= 0:
                        raise ValueError('Total of counts must be greater than zero')
                    selections = self.sample(range(total), k=k)
                    return [population[_bisect_right(cum_counts, s, 0, len(cum_counts))] for s in selections]
                randbelow = self._randbelow
                if not 0 <= k <= n:
                    raise ValueError('Sample larger than population or is negative')
                result = [None] * k
                setsize = 21
                if k > 5:
                    # 4 ** ceil(log(3k, 4)), computed as CPython does in floating point.
                    e = _log(k * 3) / _LOG4
                    ie = _floor(e)
                    setsize += 4 ** (ie if ie == e else ie + 1)
                if n <= setsize:
                    pool = list(population)
                    for i in range(k):
                        j = randbelow(n - i)
                        result[i] = pool[j]
                        pool[j] = pool[n - i - 1]
                else:
                    selected = set()
                    for i in range(k):
                        j = randbelow(n)
                        while j in selected:
                            j = randbelow(n)
                        selected.add(j)
                        result[i] = population[j]
                return result

            def choices(self, population, weights=None, *, cum_weights=None, k=1):
                random = self.random
                n = len(population)
                if cum_weights is None:
                    if weights is None:
                        n += 0.0
                        return [population[_floor(random() * n)] for i in range(k)]
                    try:
                        cum_weights = _accumulate(weights)
                    except TypeError:
                        if not isinstance(weights, int):
                            raise
                        k = weights
                        raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
                elif weights is not None:
                    raise TypeError('Cannot specify both weights and cumulative weights')
                if len(cum_weights) != n:
                    raise ValueError('The number of weights does not match the population')
                total = cum_weights[-1] + 0.0
                if total <= 0.0:
                    raise ValueError('Total of weights must be greater than zero')
                if not _isfinite(total):
                    raise ValueError('Total of weights must be finite')
                hi = n - 1
                return [population[_bisect_right(cum_weights, random() * total, 0, hi)] for i in range(k)]

            def uniform(self, a, b):
                return a + (b - a) * self.random()

            def triangular(self, low=0.0, high=1.0, mode=None):
                u = self.random()
                try:
                    c = 0.5 if mode is None else (mode - low) / (high - low)
                except ZeroDivisionError:
                    return low
                if u > c:
                    u = 1.0 - u
                    c = 1.0 - c
                    low, high = high, low
                return low + (high - low) * _sqrt(u * c)

            def normalvariate(self, mu=0.0, sigma=1.0):
                random = self.random
                while True:
                    u1 = random()
                    u2 = 1.0 - random()
                    z = _NV_MAGICCONST * (u1 - 0.5) / u2
                    zz = z * z / 4.0
                    if zz <= -_log(u2):
                        break
                return mu + z * sigma

            def gauss(self, mu=0.0, sigma=1.0):
                random = self.random
                z = self.gauss_next
                self.gauss_next = None
                if z is None:
                    x2pi = random() * _TWOPI
                    g2rad = _sqrt(-2.0 * _log(1.0 - random()))
                    z = _cos(x2pi) * g2rad
                    self.gauss_next = _sin(x2pi) * g2rad
                return mu + z * sigma

            def lognormvariate(self, mu, sigma):
                return _exp(self.normalvariate(mu, sigma))

            def expovariate(self, lambd=1.0):
                return -_log(1.0 - self.random()) / lambd

            def paretovariate(self, alpha):
                u = 1.0 - self.random()
                return u ** (-1.0 / alpha)

            def weibullvariate(self, alpha, beta):
                u = 1.0 - self.random()
                return alpha * (-_log(u)) ** (1.0 / beta)


        class SystemRandom(Random):
            __module__ = 'random'

            def random(self):
                return _urandom_bits(53) * 1.1102230246251565e-16

            def getrandbits(self, k):
                if k < 0:
                    raise ValueError('number of bits must be non-negative')
                return _urandom_bits(k)

            def randbytes(self, n):
                # os.urandom's check: the message differs from Random.randbytes'.
                if n < 0:
                    raise ValueError('negative argument not allowed')
                return _le_bytes(_urandom_bits(n * 8), n)

            def seed(self, *args, **kwds):
                return None

            def getstate(self, *args, **kwds):
                raise NotImplementedError('System entropy source does not have state.')

            setstate = getstate


        _inst = Random()
        seed = _inst.seed
        random = _inst.random
        uniform = _inst.uniform
        triangular = _inst.triangular
        randint = _inst.randint
        choice = _inst.choice
        randrange = _inst.randrange
        sample = _inst.sample
        shuffle = _inst.shuffle
        choices = _inst.choices
        normalvariate = _inst.normalvariate
        lognormvariate = _inst.lognormvariate
        expovariate = _inst.expovariate
        paretovariate = _inst.paretovariate
        weibullvariate = _inst.weibullvariate
        gauss = _inst.gauss
        getstate = _inst.getstate
        setstate = _inst.setstate
        getrandbits = _inst.getrandbits
        randbytes = _inst.randbytes

        __all__ = ['Random', 'SystemRandom', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample', 'randrange',
                   'shuffle', 'normalvariate', 'lognormvariate', 'expovariate', 'triangular', 'gauss',
                   'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'choices', 'randbytes']
        """;
}
