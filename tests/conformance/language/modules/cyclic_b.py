import modules.cyclic_a

NAME = "b"


def partner_seen_at_import():
    return hasattr(modules.cyclic_a, "NAME")
