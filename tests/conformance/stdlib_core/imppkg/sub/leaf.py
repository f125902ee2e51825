from .. import counter
name = __name__
