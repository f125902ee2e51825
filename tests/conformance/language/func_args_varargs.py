def total(*numbers, start=0):
    print(type(numbers).__name__, numbers)
    result = start
    for n in numbers:
        result += n
    return result

print(total())
print(total(1, 2, 3))
print(total(*range(4), start=100))

def record(**fields):
    return sorted(fields.items())

print(record(b=2, a=1))
print(record())

def wrapper(*args, **kwargs):
    return total(*args, **kwargs)

print(wrapper(5, 5, start=-10))

def first_and_rest(first, *rest):
    return first, rest

print(first_and_rest("x"), first_and_rest(*"xyz"))
try:
    first_and_rest()
except TypeError as e:
    print(e)
