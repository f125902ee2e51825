"""Extract, format and print exceptions and stack traces.

Whole exceptions are formatted by the engine's own formatter (the same text as an uncaught
exception); frame summaries are built here from tracebacks and frames.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()


def _lines(text):
    # str.splitlines(keepends=True) for text made of "\n"-terminated lines.
    out = []
    start = 0
    for i, c in enumerate(text):
        if c == '\n':
            out.append(text[start:i + 1])
            start = i + 1
    if start < len(text):
        out.append(text[start:])
    return out


def _exc_of(exc, value):
    if value is not _sentinel and value is not None:
        return value
    if isinstance(exc, type):
        return None if value is _sentinel else value
    return exc


class FrameSummary:
    """Information about a single frame from a traceback."""
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            if limit is not None and len(result) >= limit:
                break
            result.append(FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n']
        if frame_summary.line:
            row.append(f'    {frame_summary.line}\n')
        return ''.join(row)

    def format(self):
        return [self.format_frame_summary(fs) for fs in self]


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    entries = _frame_entries(_traceback.format_tb(tb))
    if limit is None:
        return entries
    return entries[:limit] if limit >= 0 else entries[limit:]


def _frame_entries(text):
    # Groups the formatter's lines into one string per frame ("  File ..." starts an entry).
    entries = []
    for line in _lines(text):
        if line.startswith('  File ') or not entries:
            entries.append(line)
        else:
            entries[-1] += line
    return entries


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    v = _exc_of(exc, value)
    if v is None:
        return [f"{exc.__name__ if isinstance(exc, type) else 'NoneType'}\n"]
    return _lines(_traceback.format_exception_only(v))


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    v = _exc_of(exc, value)
    if v is None:
        return ["NoneType: None\n"]
    if limit is None and chain:
        if tb is _sentinel or tb is v.__traceback__:
            return _lines(_traceback.format_exception(v))
        # Another traceback for the top exception (unittest cuts its own frames): the engine's
        # formatter reads __traceback__, so lend it the given one.
        saved = v.__traceback__
        v.__traceback__ = tb
        try:
            return _lines(_traceback.format_exception(v))
        finally:
            v.__traceback__ = saved
    lines = []
    t = v.__traceback__ if tb is _sentinel else tb
    if t is not None:
        lines.append("Traceback (most recent call last):\n")
        lines.extend(format_tb(t, limit=limit))
    lines.extend(format_exception_only(v))
    return lines


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(getattr(sys, "last_exc", None) or sys.last_value, limit=limit, file=file, chain=chain)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    if file is None:
        file = sys.stderr
    for item in format_stack(f, limit):
        print(item, file=file, end="")


def clear_frames(tb):
    pass


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self.exc_type = exc_type
        self._exc = exc_value
        self._limit = limit
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return self.exc_type.__qualname__ if self.exc_type is not None else None

    def __str__(self):
        return str(self._exc)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__ if hasattr(self, '__dict__') else self is other
        return NotImplemented

    def format_exception_only(self, *, show_group=False):
        return iter(format_exception_only(self._exc))

    def format(self, *, chain=True):
        return iter(format_exception(self._exc, limit=self._limit, chain=chain))

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
