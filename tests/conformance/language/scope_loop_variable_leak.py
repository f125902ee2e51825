for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    j
except NameError as e:
    print(type(e).__name__, e)
while (k := 0):
    pass
print(k)
with type("CM", (), {"__enter__": lambda s: "entered", "__exit__": lambda s, *a: None})() as val:
    pass
print(val)
[m for m in range(2)]
try:
    m
except NameError as e:
    print(type(e).__name__, e)
