data = [10, 20, 30, 40, 50]
print(data[-1], data[-5], data[-2:], data[:-4])
for i in range(-7, 7, 3):
    try:
        print(i, data[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
text = "python"
print(text[-1], text[-6], text[-3:-1], text[-1:-7:-1])
try:
    text[-7]
except IndexError as e:
    print(type(e).__name__, e)
print(data[True], data[False])
try:
    data[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    data["0"]
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
print(data[Idx()], data[Idx():], "abc"[Idx()])
