import shapes
print(shapes.VERSION, shapes.__name__, shapes.__package__)
sq = shapes.Square(3)
print(shapes.area_of(sq))
from shapes import flat
print(flat.__name__, flat is shapes.flat, flat.__package__)
from shapes.solid import cube
print(cube.volume(2), cube.describe())
import shapes.solid.cube as c2
print(c2 is cube)
print(sorted(k for k in vars(shapes) if not k.startswith("__")))
