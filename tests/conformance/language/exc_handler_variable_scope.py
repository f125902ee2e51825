def handler_deletes_name():
    e = "outer value"
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals()

print(handler_deletes_name())

def keep_reference():
    kept = []
    for i in range(3):
        try:
            if i == 1:
                raise IndexError(i)
        except IndexError as err:
            kept.append(err)
    return kept

print(keep_reference())
