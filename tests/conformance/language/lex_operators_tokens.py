a = 7
b = 3
print(a+b, a-b, a*b, a/b, a//b, a%b, a**b, a<<b, a>>b, a&b, a|b, a^b, ~a)
print(a<b, a>b, a<=b, a>=b, a==b, a!=b)
c = [a,b]
c[0]//=2; c[1]**=2
print(c)
print(1if a else 2, [1,2][0]+-+-1, not-1, a--b, a+-b, a- -b)
x=(1)
y=(1,)
z=()
print(type(x).__name__, type(y).__name__, z, 1 .real, 1.0.is_integer(), 0x10.real if False else "skip")
f = lambda:0
print(f(), (lambda*a,**k:(a,k))(1,b=2))
print({**{}}, [*()], {*()} if False else "set")
