"""Module docstring: the first statement of a module."""

import sys

print(__doc__)
print(repr(sys.modules[__name__].__doc__[:6]))
def f():
    "single-quoted docstring"
class C:
    '''class docstring'''
    def m(self):
        x = 1
        """not a docstring: not the first statement"""
print(f.__doc__, C.__doc__, C.m.__doc__)
def g():
    f"an f-string is not a docstring"
print(g.__doc__)
