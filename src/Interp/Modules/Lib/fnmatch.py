"""Shell-style wildcard matching of names: *, ?, [seq] and [!seq] (POSIX: case-sensitive)."""

import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        res = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    match = _compile_pattern(pat)
    return [name for name in names if match(name)]


def fnmatchcase(name, pat):
    return _compile_pattern(pat)(name) is not None


def translate(pat):
    """The regular expression (as a string) that matches what the shell pattern matches."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] != '.*':
                parts.append('.*')
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
                continue
            stuff = pat[i:j]
            i = j + 1
            negate = stuff.startswith('!')
            if negate:
                stuff = stuff[1:]
            # Backslashes are literal in shell classes; escape what the regex class would read.
            stuff = re.sub(r'([&~|\\\[])', r'\\\1', stuff)
            if not stuff:
                parts.append('(?!)' if not negate else '.')
            else:
                if stuff[0] == '^':
                    stuff = '\\' + stuff
                parts.append('[%s%s]' % ('^' if negate else '', stuff))
        else:
            parts.append(re.escape(c))
    return '(?s:%s)\\Z' % ''.join(parts)
