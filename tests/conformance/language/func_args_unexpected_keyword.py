def f(a, b):
    pass

class Widget:
    def __init__(self, size):
        self.size = size

for call in [
    lambda: f(1, 2, c=3),
    lambda: f(1, 2, **{"zz": 3}),
    lambda: Widget(size=1, colour="red"),
    lambda: Widget(),
    lambda: Widget(1, 2),
    lambda: len([], key=1),
    lambda: len(),
    lambda: abs(1, 2),
]:
    try:
        call()
    except TypeError as e:
        print(e)
