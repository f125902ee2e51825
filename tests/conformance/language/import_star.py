from modules.star_source import *
print(public_value, helper())
try:
    _private_value
except NameError as e:
    print(type(e).__name__, e)
from shapes import *
print(VERSION, Square(2).area())
try:
    flat
except NameError as e:
    print("not in __all__:", e)
