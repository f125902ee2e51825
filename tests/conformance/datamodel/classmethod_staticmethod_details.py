class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def create(cls, *args):
        return cls(*args)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} count={cls.count}"
    @staticmethod
    def helper(x):
        return x * 2
class Square(Shape):
    count = 0
s1 = Shape.create()
s2 = Square.create()
s3 = Square.create()
print(Shape.describe(), Square.describe(), s3.describe())
print(Shape.helper(2), s1.helper(3), Square.helper.__name__, type(Square.__dict__.get("helper")))
sm = staticmethod(lambda: "wrapped")
cm = classmethod(lambda cls: cls.__name__)
class Late:
    pass
Late.sm = sm
Late.cm = cm
print(Late.sm(), Late().sm(), Late.cm(), Late().cm())
print(sm.__func__(), cm.__func__(int), callable(sm), isinstance(cm, classmethod))
print(staticmethod.__name__, classmethod.__name__, Shape.create.__func__.__name__, Shape.create.__self__.__name__)
