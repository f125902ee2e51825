import modules.cyclic_b as b

NAME = "a"


def partner():
    return b.NAME
