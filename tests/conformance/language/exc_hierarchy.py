def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)

for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError,
            RecursionError, StopIteration, KeyboardInterrupt, SystemExit, ModuleNotFoundError,
            UnicodeDecodeError, NotImplementedError, TabError, OverflowError, ExceptionGroup,
            BaseExceptionGroup, TimeoutError, StopAsyncIteration, GeneratorExit, AssertionError]:
    print(chain(cls))
print(issubclass(KeyError, LookupError), issubclass(ValueError, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
print(IOError is OSError, EnvironmentError is OSError)
