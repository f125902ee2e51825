"""html: escaping text for HTML and decoding character references the way HTML 5 parsers do."""
import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """&, < and > (and with quote, " and ') as character references, safe inside HTML and attributes."""
    s = s.replace('&', '&amp;')
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace("'", '&#x27;')
    return s


# Numeric references that HTML 5 maps elsewhere: NUL, CR, and the C1 controls read as windows-1252.
_REMAPPED = {0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192',
             0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030',
             0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f',
             0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022',
             0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
             0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178'}

# Code points a numeric reference may not produce: they are dropped (controls and noncharacters).
_DROPPED = frozenset([*range(0x1, 0x9), 0xb, *range(0xe, 0x20), *range(0x7f, 0xa0), *range(0xfdd0, 0xfdf0),
                      *(plane + low for plane in range(0, 0x110000, 0x10000) for low in (0xfffe, 0xffff))])

_REFERENCE = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _replace(match):
    ref = match.group(1)
    if ref[0] == '#':
        digits = ref[1:].rstrip(';')
        number = int(digits[1:], 16) if digits[:1] in 'xX' else int(digits)
        if number in _REMAPPED:
            return _REMAPPED[number]
        if 0xd800 <= number <= 0xdfff or number > 0x10ffff:
            return '\ufffd'
        if number in _DROPPED:
            return ''
        return chr(number)
    if ref in _html5:
        return _html5[ref]
    # Legacy names may end without ';': the longest known prefix wins, the rest stays text.
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


def unescape(s):
    """Replaces named and numeric character references (&gt;, &#62;, &#x3e;) with their characters."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace, s)
