# Float arithmetic: a Mandelbrot set (complex multiply by hand), Simpson integration of a
# polynomial-over-polynomial, and Newton iterations for square roots. Only + - * / and comparisons,
# so CPython and another IEEE-754 implementation must agree to the last bit.


def mandelbrot(width, height, max_iter):
    inside = 0
    total = 0
    for py in range(height):
        ci = py * 2.0 / height - 1.0
        for px in range(width):
            cr = px * 3.0 / width - 2.0
            zr = 0.0
            zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            total += i
            if i == max_iter:
                inside += 1
    return inside, total


def simpson(a, b, n):
    h = (b - a) / n
    s = 0.0
    for k in range(n + 1):
        x = a + k * h
        fx = (x * x * x - 2.0 * x + 1.0) / (x * x + 1.0)
        if k == 0 or k == n:
            s += fx
        elif k % 2:
            s += 4.0 * fx
        else:
            s += 2.0 * fx
    return s * h / 3.0


def newton_roots(count):
    acc = 0.0
    for k in range(1, count):
        v = float(k)
        x = v if v > 1.0 else 1.0
        for _ in range(6):
            x = 0.5 * (x + v / x)
        acc += x
    return acc


print("mandelbrot", mandelbrot(200, 100, 250))
print(f"simpson {simpson(0.0, 3.0, 400000):.9f}")
print(f"newton {newton_roots(100000):.6f}")
