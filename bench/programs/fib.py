# Recursion: naive Fibonacci and the Takeuchi function. Almost pure call overhead (argument
# binding, frame push/pop, return), plus a little int arithmetic and comparison.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print("fib", fib(31))
print("tak", tak(24, 16, 8))
