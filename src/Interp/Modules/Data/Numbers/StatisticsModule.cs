namespace GilGrid.Interp.Modules.Data.Numbers;

/// <summary>
/// `statistics` in Python. Sums and squared deviations are exact (Fractions) and rounded once at
/// the end, and stdev takes a correctly rounded square root, as CPython 3.13 does, so results agree
/// to the last bit.
/// </summary>
internal static class StatisticsModule
{
    public static readonly GilGrid.Interp.Runtime.NativeModuleDef Def = new("statistics", (interp, m) => ModuleKit.RunPython(interp, m, Source));

    private const string Source = """
        from fractions import Fraction


        class StatisticsError(ValueError):
            __module__ = 'statistics'


        def _exact(x):
            if isinstance(x, (int, Fraction)):
                return Fraction(x)
            if isinstance(x, float):
                if x != x or x in (float('inf'), float('-inf')):
                    return x
                return Fraction(*x.as_integer_ratio())
            raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


        def _result_type(data):
            T = int
            for x in data:
                S = type(x)
                if S is bool:
                    S = int
                if T is S or S is int:
                    continue
                if T is int:
                    T = S
                elif issubclass(S, T):
                    T = S
                elif issubclass(T, S):
                    pass
                elif T is Fraction and S is float or T is float and S is Fraction:
                    T = float
                elif issubclass(S, float) or issubclass(T, float):
                    T = float
                else:
                    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")
            return T


        def _convert(value, T):
            if isinstance(value, float):
                return value
            if T is int and value.denominator != 1:
                T = float
            if T is int:
                return value.numerator
            if T is Fraction:
                return value
            return T(value.numerator / value.denominator) if T is float else T(value)


        def _sum(data):
            total = Fraction(0)
            special = None
            n = 0
            for x in data:
                n += 1
                e = _exact(x)
                if isinstance(e, float):
                    special = e if special is None else special + e
                else:
                    total += e
            return total, special, n


        def mean(data):
            data = list(data)
            T = _result_type(data)
            total, special, n = _sum(data)
            if n < 1:
                raise StatisticsError('mean requires at least one data point')
            if special is not None:
                return special
            return _convert(total / n, T)


        def fmean(data, weights=None):
            data = list(data)
            if weights is None:
                n = len(data)
                if not n:
                    raise StatisticsError('fmean requires at least one data point')
                total, special, _ = _sum(data)
                return (special if special is not None else float(total)) / n
            weights = list(weights)
            if len(weights) != len(data):
                raise StatisticsError('data and weights must be the same length')
            num = sum((_exact(x) * _exact(w) for x, w in zip(data, weights)), Fraction(0))
            den = sum((_exact(w) for w in weights), Fraction(0))
            if not den:
                raise StatisticsError('sum of weights must be non-zero')
            return float(num) / float(den)


        def median(data):
            data = sorted(data)
            n = len(data)
            if n == 0:
                raise StatisticsError('no median for empty data')
            if n % 2 == 1:
                return data[n // 2]
            i = n // 2
            return (data[i - 1] + data[i]) / 2


        def median_low(data):
            data = sorted(data)
            n = len(data)
            if n == 0:
                raise StatisticsError('no median for empty data')
            return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


        def median_high(data):
            data = sorted(data)
            n = len(data)
            if n == 0:
                raise StatisticsError('no median for empty data')
            return data[n // 2]


        def _counts(data):
            counts = {}
            for x in data:
                counts[x] = counts.get(x, 0) + 1
            return counts


        def mode(data):
            counts = _counts(data)
            if not counts:
                raise StatisticsError('no mode for empty data')
            best = max(counts.values())
            for k, v in counts.items():
                if v == best:
                    return k


        def multimode(data):
            counts = _counts(data)
            if not counts:
                return []
            best = max(counts.values())
            return [k for k, v in counts.items() if v == best]


        def _ss(data, c=None):
            T = _result_type(data)
            exact = [_exact(x) for x in data]
            for e in exact:
                if isinstance(e, float):
                    return T, float('nan'), len(data)
            n = len(exact)
            if c is None:
                c = sum(exact, Fraction(0)) / n
            else:
                c = _exact(c)
            ss = sum(((e - c) ** 2 for e in exact), Fraction(0))
            return T, ss, n


        def variance(data, xbar=None):
            data = list(data)
            if len(data) < 2:
                raise StatisticsError('variance requires at least two data points')
            T, ss, n = _ss(data, xbar)
            return ss if isinstance(ss, float) else _convert(ss / (n - 1), T)


        def pvariance(data, mu=None):
            data = list(data)
            if len(data) < 1:
                raise StatisticsError('pvariance requires at least one data point')
            T, ss, n = _ss(data, mu)
            return ss if isinstance(ss, float) else _convert(ss / n, T)


        def _isqrt(n):
            if n < 0:
                raise ValueError('isqrt() argument must be nonnegative')
            if n == 0:
                return 0
            x = 1 << ((n.bit_length() + 1) // 2)
            while True:
                y = (x + n // x) // 2
                if y >= x:
                    return x
                x = y


        def _sqrt_frac_round_to_odd(n, m):
            a = _isqrt(n // m)
            return a | (a * a * m != n)


        def _float_sqrt_of_frac(n, m):
            # Enough extra bits, rounded to odd, so that the final float division rounds correctly.
            q = (n.bit_length() - m.bit_length() - 109) // 2
            if q >= 0:
                return float(_sqrt_frac_round_to_odd(n, m << 2 * q) << q)
            return _sqrt_frac_round_to_odd(n << -2 * q, m) / (1 << -q)


        def stdev(data, xbar=None):
            data = list(data)
            if len(data) < 2:
                raise StatisticsError('stdev requires at least two data points')
            T, ss, n = _ss(data, xbar)
            if isinstance(ss, float):
                return ss
            mss = ss / (n - 1)
            return _float_sqrt_of_frac(mss.numerator, mss.denominator)


        def pstdev(data, mu=None):
            data = list(data)
            if len(data) < 1:
                raise StatisticsError('pstdev requires at least one data point')
            T, ss, n = _ss(data, mu)
            if isinstance(ss, float):
                return ss
            mss = ss / n
            return _float_sqrt_of_frac(mss.numerator, mss.denominator)


        def harmonic_mean(data, weights=None):
            data = list(data)
            if weights is None:
                weights = [1] * len(data)
            if len(data) < 1:
                raise StatisticsError('harmonic_mean requires at least one data point')
            if any(x < 0 for x in data):
                raise StatisticsError('harmonic mean does not support negative values')
            if any(x == 0 for x in data):
                return 0
            # CPython sums w / x, a true division: int data gives a float mean.
            T = _result_type(data)
            T = float if T is int else T
            total = sum((Fraction(w) / _exact(x) for x, w in zip(data, weights)), Fraction(0))
            return _convert(sum(Fraction(w) for w in weights) / total, T)


        def quantiles(data, *, n=4, method='exclusive'):
            if n < 1:
                raise StatisticsError('n must be at least 1')
            data = sorted(data)
            ld = len(data)
            if ld < 2:
                if ld == 1:
                    return data * (n - 1)
                raise StatisticsError('must have at least one data point')
            result = []
            if method == 'inclusive':
                m = ld - 1
                for i in range(1, n):
                    j, delta = divmod(i * m, n)
                    result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
                return result
            if method == 'exclusive':
                m = ld + 1
                for i in range(1, n):
                    j = i * m // n
                    j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
                    delta = i * m - j * n
                    result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
                return result
            raise ValueError(f'Unknown method: {method!r}')


        def covariance(x, y):
            n = len(x)
            if len(y) != n:
                raise StatisticsError('covariance requires that both inputs have same number of data points')
            if n < 2:
                raise StatisticsError('covariance requires at least two data points')
            xbar = fmean(x)
            ybar = fmean(y)
            sxy = sum((_exact(xi) - _exact(xbar)) * (_exact(yi) - _exact(ybar)) for xi, yi in zip(x, y))
            return float(sxy) / (n - 1)
        """;
}
