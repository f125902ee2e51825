def sub():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("sub handled", repr(e))
        yield "sub-recovered"
    finally:
        print("sub finally")

def main():
    try:
        yield from sub()
    except ValueError as e:
        print("main handled", repr(e))
        yield "main-recovered"

g = main()
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))
g2 = main()
next(g2)
print(g2.throw(ValueError("v")))
g3 = main()
next(g3)
g3.close()
print("g3 closed")
