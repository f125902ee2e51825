"""Ctrl-C handling hooks. GilGrid interpreters take no signals, so results are only tracked."""

import weakref

__unittest = True

_results = weakref.WeakKeyDictionary()


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
