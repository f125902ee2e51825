csv_line = 'name,age,city\nann,30,oslo\nbob,25,"new york"'
rows = [line.split(",") for line in csv_line.splitlines()]
print(rows)
header, *data = rows
records = [dict(zip(header, r)) for r in data]
print(records)
print(";".join(",".join(r) for r in rows))
path = "/usr/local/lib/python3.13/site.py"
parts = path.split("/")
print(parts, "/".join(parts[:-1]), parts[-1].rsplit(".", 1), path.rpartition("/")[2])
kv = "a=1&b=2&c=&d"
pairs = [p.partition("=") for p in kv.split("&")]
print([(k, v) for k, _, v in pairs], {k: v for k, sep, v in pairs if sep})
text = "  Hello,   World!  How are   you?  "
print(" ".join(text.split()), text.split(" ")[:4], len(text.split()), text.strip().split(",", 1))
