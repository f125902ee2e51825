from .. import flat
from .. import VERSION


def volume(side):
    return flat.Square(side).area() * side


def describe():
    return f"cube module in package {__package__}, shapes {VERSION}"
