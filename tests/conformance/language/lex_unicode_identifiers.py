café = 3
π = 3.14159
naïve_total = café * 2
print(café, π, naïve_total)
def größe(x):
    return x * 10
print(größe(2))
class Ünïcode:
    ñ = "enye"
print(Ünïcode.ñ, Ünïcode.__name__)
# NFKC normalisation: the ligature "ﬁ" is the same identifier as "fi".
fi = "normalised"
print(ﬁ)
print("日本語", len("日本語"))
