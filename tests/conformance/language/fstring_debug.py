x = 10
y = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{y=!s}")
print(f"{x=:>5}")
print(f"{'text'=}")
def g(a):
    return a + 1
print(f"{g(x)=}, {x  =  }")
