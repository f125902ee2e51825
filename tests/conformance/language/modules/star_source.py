public_value = 1
_private_value = 2


def helper():
    return "helper"
