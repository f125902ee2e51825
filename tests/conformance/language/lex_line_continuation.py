total = 1 + \
    2 + \
    3
print(total)
values = [
    1,
    2,   # comment inside brackets
    3,
]
print(values)
if total > 5 and \
   len(values) == 3:
    print("both")
call = max(
    4,
    9,
    2
)
print(call)
d = {'a': 1,
     'b': 2}
print(d)
x = (1
     + 2
     * 3)
print(x)
