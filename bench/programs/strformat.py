# String building and formatting: f-strings with format specs, %-formatting, str.format, padding
# and alignment, slicing, str methods (strip, replace, find, startswith, upper), str() and int()
# conversions, and joining the pieces of a small report.


def render_row(i, name, qty, price):
    return f"|{i:>5}|{name:<12}|{qty:06d}|{price:>10.2f}|{qty * price:>12,.2f}|"


def render_legacy(i, name, qty):
    return "%-8s #%04d qty=%d hex=%x" % (name, i, qty, qty)


def render_format(i, name):
    return "{0}:{1}:{0}".format(name, i)


def make_name(i):
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[i % 26].upper() + letters[(i * 7) % 26] + letters[(i * 13) % 26] * (1 + i % 3)


def build_report(n):
    rows = []
    checksum = 0
    for i in range(n):
        name = make_name(i)
        qty = (i * 37) % 1000
        price = (i % 97) * 1.25
        row = render_row(i, name, qty, price)
        legacy = render_legacy(i, name, qty)
        fmt = render_format(i, name)
        checksum = (checksum * 31 + len(row) + len(legacy) + len(fmt)) % 1000003
        if row.find("Aa") >= 0 or legacy.startswith("Z"):
            checksum += 1
        rows.append(row)
    return rows, checksum


def reparse(rows):
    total = 0
    for row in rows:
        cells = row.strip("|").split("|")
        total += int(cells[0].strip()) + int(cells[2])
        total += int(float(cells[4].replace(",", "")))
    return total


rows, checksum = build_report(90000)
report = "\n".join(rows)
print("rows", len(rows), "chars", len(report), "checksum", checksum)
print("reparse", reparse(rows))
print(rows[12345])
print(repr(report[100:140]), str(len(report)).zfill(10))
