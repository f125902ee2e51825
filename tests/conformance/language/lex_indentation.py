def outer(n):
    if n > 0:
        for i in range(n):
                if i % 2:
                        print("odd", i)
                else:
                  print("even", i)
    else:
     print("none")
    return n


outer(3)
outer(0)
# A compound statement on one line.
if True: print("one-liner"); print("two on a line")
while False: pass
for i in range(2): print("loop", i)
class C: x = 1; y = 2
print(C.x + C.y)
