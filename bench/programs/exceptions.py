# Exception-heavy code: raising and catching custom exception classes through a few frames,
# matching on base classes and tuples, else/finally blocks, re-raising, `raise ... from ...`,
# exception attributes and args, and errors raised by builtins (KeyError, ZeroDivisionError,
# ValueError from int(), IndexError, AttributeError).


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(detail)
        self.code = code


class RetryableError(AppError):
    pass


class FatalError(AppError):
    pass


def risky(i):
    if i % 7 == 0:
        raise RetryableError(i % 5, "retry " + str(i))
    if i % 11 == 0:
        raise FatalError(i % 3, "fatal")
    return i


def layered(i):
    try:
        return risky(i)
    except FatalError as e:
        raise ValueError("wrapped") from e


def handle_custom(n):
    retries = fatal = ok = finals = cause_codes = 0
    for i in range(n):
        try:
            layered(i)
        except RetryableError as e:
            retries += e.code
        except ValueError as e:
            fatal += 1
            cause_codes += e.__cause__.code
        else:
            ok += 1
        finally:
            finals += 1
    return retries, fatal, ok, finals, cause_codes


def handle_builtin(n):
    table = {k: k * 2 for k in range(0, 100, 3)}
    items = [1, 2, 3]
    counts = [0, 0, 0, 0, 0]
    for i in range(n):
        try:
            kind = i % 5
            if kind == 0:
                counts[0] += table[i % 100]
            elif kind == 1:
                counts[1] += 100 // (i % 4)
            elif kind == 2:
                counts[2] += int("x" + str(i) if i % 3 else str(i))
            elif kind == 3:
                counts[3] += items[i % 6]
            else:
                counts[4] += len(i.missing)
        except KeyError as e:
            counts[0] -= e.args[0]
        except (ZeroDivisionError, IndexError):
            counts[1] += 1
        except ValueError as e:
            counts[2] += len(str(e))
        except AttributeError:
            counts[4] += 1
    return counts


def reraise(n):
    seen = 0
    for i in range(n):
        try:
            try:
                raise KeyError(i)
            except KeyError:
                if i % 2:
                    raise
                seen += 1
        except LookupError as e:
            seen += 2 if isinstance(e, KeyError) else 100
    return seen


print("custom", handle_custom(300000))
print("builtin", handle_builtin(300000))
print("reraise", reraise(250000))
