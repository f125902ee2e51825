from ..flat import Square
from . import cube
