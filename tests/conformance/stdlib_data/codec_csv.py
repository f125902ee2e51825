import csv
import io

print(list(csv.reader(["a,b", "", '"x""y",z', '"open', 'more",end', " a, b", "1,,3", '"q,1",2\r\n', "last"])))
print(list(csv.reader([" a, b"], skipinitialspace=True)), list(csv.reader(["a;b;c"], delimiter=";")))
print(list(csv.reader(["a\tb"], dialect="excel-tab")), list(csv.reader(['"a"b,c'])), list(csv.reader(['"abc'])))
print(list(csv.reader(['1,"2",3'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(["a\\,b,c"], escapechar="\\")))
print(list(csv.reader(io.StringIO("h1,h2\nv1,\"multi\nline\"\nv3,v4\n"))))
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(["a", "b c", "d,e", 'f"g', "", None, 1.5, 2, "x\ny"]))
w.writerow([""])
w.writerow([])
w.writerows([[1, 2], ["3", "4"]])
print(repr(s.getvalue()))
for q in [csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL]:
    s = io.StringIO()
    csv.writer(s, quoting=q, lineterminator="\n").writerow(["a", 1, 2.5, None, ""])
    print(q, repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'c"d'])
csv.writer(s, doublequote=False, escapechar="\\").writerow(['c"d'])
csv.writer(s, dialect="unix").writerow(["u", 1])
print(repr(s.getvalue()))
data = "name,age,city\nAnn,30,Paris\nBob,25\nCid,40,Rome,extra\n"
r = csv.DictReader(io.StringIO(data), restval="?")
print(r.fieldnames, [dict(row) for row in r], r.line_num)
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=["id", "v"], restval="-")
dw.writeheader()
dw.writerow({"id": 1, "v": "x"})
dw.writerows([{"id": 2}, {"v": "only"}])
print(repr(s.getvalue()))
for f in [lambda: list(csv.reader(['"a"b,c'], strict=True)), lambda: list(csv.reader(['"abc'], strict=True)),
          lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]), lambda: csv.writer(io.StringIO()).writerow(5),
          lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"b": 1}), lambda: csv.get_dialect("nope"),
          lambda: csv.reader([], delimiter="ab")]:
    try:
        print(f())
    except (csv.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
csv.register_dialect("pipes", delimiter="|")
print(list(csv.reader(["a|b"], dialect="pipes")), sorted(csv.list_dialects()))
