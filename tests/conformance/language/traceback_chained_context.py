def cleanup():
    raise RuntimeError("cleanup failed")


def work():
    try:
        [][0]
    except IndexError:
        cleanup()


work()
