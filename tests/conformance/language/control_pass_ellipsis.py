def todo():
    ...

def nothing():
    pass

class Empty:
    pass

print(todo(), nothing(), Empty.__name__)
print(..., Ellipsis is ..., type(...).__name__)
if True:
    pass
else:
    ...
for _ in range(2):
    pass
print(bool(...), repr(Ellipsis))
