class Shape:
    registry = {}
    def __init_subclass__(cls, /, sides=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.registry[cls.__name__] = sides

class Triangle(Shape, sides=3):
    pass

class Square(Shape, sides=4):
    pass

class Blob(Shape):
    pass

print(sorted(Shape.registry.items()), Triangle.sides, Blob.sides)
try:
    class Bad(Shape, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
