rows = [
    ("Widget", 4, 3.5),
    ("Gadget, deluxe", 12, 10.0),
    ("Thing", 100, 0.25),
]
headers = ("Item", "Qty", "Price")
widths = [max(len(str(x)) for x in col) for col in zip(headers, *[(n, q, f"{p:.2f}") for n, q, p in rows])]
def line(cells):
    return "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print(line(headers))
print(sep)
for name, qty, price in rows:
    print(line((name, str(qty), f"{price:.2f}")))
print(sep)
total = sum(q * p for _, q, p in rows)
print(f"Total: {total:>10,.2f}")
