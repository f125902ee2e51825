class Cancelled(BaseException):
    pass


def worker():
    try:
        raise Cancelled("stop requested")
    except Exception:
        print("not caught by except Exception")


worker()
