x = "global"

def reads_then_assigns():
    print(x)
    x = "local"

try:
    reads_then_assigns()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))

def augmented():
    x += "!"

try:
    augmented()
except UnboundLocalError as e:
    print(e)

def conditional(flag):
    if flag:
        y = 1
    return y

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(e)

def in_loop():
    for i in range(0):
        pass
    return i
try:
    in_loop()
except UnboundLocalError as e:
    print(e)
