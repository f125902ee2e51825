class AppError(Exception):
    """Base of the application's errors."""

class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what

class PermissionDenied(AppError):
    pass

def act(n):
    if n == 1:
        raise NotFound("user")
    if n == 2:
        raise PermissionDenied("admin only")
    if n == 3:
        raise AppError()
    return "ok"

for n in range(4):
    try:
        print(act(n))
    except NotFound as e:
        print("NotFound:", e, e.what)
    except AppError as e:
        print(type(e).__name__ + ":", repr(e), AppError.__doc__)
