for v in [0, 7, -7, 255, 1000000]:
    print(f"{v:d}|{v:6}|{v:<6}|{v:^6}|{v:06}|{v:x}|{v:X}|{v:o}|{v:b}|{v:,}")
for v in [0.0, 1.5, -2.25, 12345.6789, 1e-8]:
    print(f"{v:f}|{v:.1f}|{v:e}|{v:.3g}|{v:10.2f}|{v:<10.2f}|{v:+.1f}")
print(f"{float('inf'):f} {float('nan'):.2f}")
print(f"{12:#o} {12:#b} {0.5:.0%}")
print(f"{'abc':.2}|{'abc':5}|{'abc':>5}|{'abc':=^9}")
try:
    f"{'s':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{1.5:d}"
except ValueError as e:
    print(type(e).__name__, e)
