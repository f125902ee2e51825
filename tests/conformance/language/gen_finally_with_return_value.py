def g():
    try:
        yield 1
        return "normal"
    finally:
        print("finally runs before StopIteration")

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)
def stop_in_the_middle():
    yield 1
    return
    yield 2
print(list(stop_in_the_middle()))
def gen_with_return_in_try():
    for i in range(5):
        try:
            if i == 2:
                return "early"
            yield i
        finally:
            print("cleanup", i)
print(list(gen_with_return_in_try()))
