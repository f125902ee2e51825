"""Warning control: warn, filters, simplefilter, filterwarnings, catch_warnings.

The module is executed afresh in each interpreter, so its filters and registries are that
interpreter's own.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings", "deprecated"]

_ACTIONS = ("error", "ignore", "always", "all", "default", "module", "once")

filters = []
defaultaction = "default"
onceregistry = {}
_seen = set()


def _add_filter(action, message, category, module, lineno, append):
    item = (action, message, category, module, lineno)
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)


class _Pattern:
    """The (case-insensitive for messages) prefix match that filters use: a regex of literal text."""

    def __init__(self, text, ignore_case):
        self.pattern = text
        self._ignore_case = ignore_case

    def match(self, s):
        if self._ignore_case:
            return s.lower().startswith(self.pattern.lower())
        return s.startswith(self.pattern)

    def __eq__(self, other):
        return isinstance(other, _Pattern) and self.pattern == other.pattern

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        return f"re.compile({self.pattern!r})"


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter(action, _Pattern(message, True) if message else None, category,
                _Pattern(module, False) if module else None, lineno, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append)


def resetwarnings():
    filters[:] = []
    _seen.clear()


def formatwarning(message, category, filename, lineno, line=None):
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        # As CPython's linecache lookup: the source line the warning points at, when there is one.
        try:
            import _traceback
            line = _traceback.getline(filename, lineno)
        except Exception:
            line = None
    if line:
        s += f"  {line.strip()}\n"
    return s


def _showwarnmsg_impl(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(message, category, filename, lineno, file, line)


def _default_action(category, module):
    # CPython's default filters: DeprecationWarning shown only in __main__; pending
    # deprecations, import and resource warnings ignored.
    if issubclass(category, DeprecationWarning) and not issubclass(category, PendingDeprecationWarning):
        return "default" if module == "__main__" else "ignore"
    if issubclass(category, (PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "ignore"
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        frame = None
    if frame is None:
        filename, lineno, module = "<sys>", 0, "sys"
    else:
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        module = frame.f_globals.get("__name__", "<string>")
    warn_explicit(message, category, filename, lineno, module)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = _default_action(category, module)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        key = (text, category)
        if key in onceregistry:
            return
        onceregistry[key] = 1
    elif action == "module":
        key = (text, category, module)
        if key in _seen:
            return
        _seen.add(key)
    elif action == "default":
        key = (text, category, filename, lineno)
        if key in _seen:
            return
        _seen.add(key)
    showwarning(message, category, filename, lineno)


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings:
    """Saves and restores the warnings filters and showwarning (optionally recording warnings)."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action else None

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        self._filters = filters[:]
        self._seen = set(_seen)
        self._showwarning = showwarning
        _seen.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        filters[:] = self._filters
        _seen.clear()
        _seen.update(self._seen)
        showwarning = self._showwarning


class deprecated:
    """Indicate that a class, function or overload is deprecated (PEP 702)."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(f"Expected an object of type str for 'message', not {type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg):
        msg = self.message
        category = self.category
        stacklevel = self.stacklevel
        if isinstance(arg, type):
            original_new = arg.__new__

            def __new__(cls, /, *args, **kwargs):
                if cls is arg:
                    warn(msg, category=category, stacklevel=stacklevel + 1)
                if original_new is not object.__new__:
                    return original_new(cls, *args, **kwargs)
                return original_new(cls)
            arg.__new__ = staticmethod(__new__)
            arg.__deprecated__ = msg
            return arg
        if callable(arg):
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)
            wrapper.__name__ = getattr(arg, "__name__", "wrapper")
            wrapper.__qualname__ = getattr(arg, "__qualname__", "wrapper")
            wrapper.__doc__ = getattr(arg, "__doc__", None)
            wrapper.__wrapped__ = arg
            arg.__deprecated__ = wrapper.__deprecated__ = msg
            return wrapper
        raise TypeError(f"@deprecated decorator with non-None category must be applied to "
                        f"a class or callable, not {arg!r}")
