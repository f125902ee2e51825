def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return increment, peek

inc, peek = make_counter(10)
inc(); inc(5)
print(peek())
inc2, peek2 = make_counter()
inc2()
print(peek(), peek2())
print(inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
print(make_counter.__code__.co_cellvars)
