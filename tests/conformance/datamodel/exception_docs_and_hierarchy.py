for exc in [BaseException, Exception, ValueError, TypeError, KeyError, IndexError, LookupError, StopIteration,
            ZeroDivisionError, OSError, FileNotFoundError, RuntimeError, NotImplementedError, RecursionError,
            AttributeError, NameError, ImportError, ModuleNotFoundError, UnicodeDecodeError, DeprecationWarning,
            UserWarning, KeyboardInterrupt, SystemExit, GeneratorExit, AssertionError, BaseExceptionGroup]:
    print(f"{exc.__name__:20} {exc.__mro__[1].__name__:16} {exc.__doc__!r}")
print(ExceptionGroup.__doc__, SystemError.__doc__.splitlines()[0])
class AppError(Exception):
    """Raised by the app."""
class Quiet(AppError):
    pass
print(AppError.__doc__, Quiet.__doc__, Quiet().__doc__, ValueError("x").__doc__)
print(EnvironmentError is OSError, IOError.__name__, OSError.__doc__)
print([c.__name__ for c in ArithmeticError.__subclasses__()])
print(issubclass(FileNotFoundError, OSError), issubclass(ModuleNotFoundError, ImportError), UnboundLocalError.__bases__)
