rows = [("apple", 1.5), ("banana", 0.25)]
report = f"""Report
{'-' * 10}
{chr(10).join(f"{n:<8}{p:>6.2f}" for n, p in rows)}
total: {sum(p for _, p in rows):.2f}"""
print(report)
value = 7
print(f"value is {
    value * 2
}")
print(f"{value:{'>'}{5}}")
