print("shapes.flat loaded")


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def area_of(shape):
    return shape.area()


_private = "hidden from star imports"
