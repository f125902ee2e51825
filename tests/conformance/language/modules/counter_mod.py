"""A module with state: each interpreter imports it once."""
count = 0


def bump():
    global count
    count += 1
    return count
