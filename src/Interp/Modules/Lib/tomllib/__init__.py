"""tomllib: reading TOML 1.0 documents into dicts, lists, str, int, float, bool and datetime values."""
from tomllib._parser import TOMLDecodeError, load, loads

__all__ = ('loads', 'load', 'TOMLDecodeError')

TOMLDecodeError.__module__ = __name__
