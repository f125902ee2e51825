import statistics as st
from fractions import Fraction

data = [2.5, 3.25, 5.5, 11.25, 0.1, 0.7]
ints = [1, 2, 2, 3, 4, 7, 9]
print(st.mean(data), st.mean(ints), st.mean([1, 2]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([1, 2.5]))
print(st.fmean(data), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(ints))
print(st.median(ints), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median(data))
print(st.mode([1, 1, 2, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
print(st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data))
print(st.variance(ints), st.stdev(ints), st.pvariance(ints), st.pstdev(ints), st.variance([Fraction(1, 2), Fraction(3, 4), 1]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(st.quantiles(ints, n=10), st.quantiles(data, n=3, method="inclusive"), st.covariance([1, 2, 3, 4], [1, 3, 2, 5]))
for f in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.median([]), lambda: st.mode([]),
          lambda: st.quantiles([1, 2], n=0)]:
    try:
        print(f())
    except st.StatisticsError as e:
        print("StatisticsError", e)
print(issubclass(st.StatisticsError, ValueError))
