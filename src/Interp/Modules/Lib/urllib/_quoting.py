"""Percent-encoding (RFC 3986) and application/x-www-form-urlencoded query strings."""

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_HEX_DIGITS = '0123456789abcdefABCDEF'


def quote_from_bytes(bs, safe='/'):
    """bytes -> str with every byte that is neither unreserved nor in safe written as %XX."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    keep = _ALWAYS_SAFE | {b for b in safe if b < 128}
    return ''.join(chr(b) if b in keep else f'%{b:02X}' for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encodes a str (encoded first, UTF-8 by default) or bytes for use in a URL."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode('utf-8' if encoding is None else encoding, 'strict' if errors is None else errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote, for form values: spaces become '+' (and '/' is not safe by default)."""
    space = ' ' if isinstance(string, str) else b' '
    if space not in string:
        return quote(string, safe, encoding, errors)
    string = quote(string, safe + (' ' if isinstance(safe, str) else b' '), encoding, errors)
    return string.replace(' ', '+')


def _is_escape(text, i):
    digits = text[i + 1:i + 3]
    return len(digits) == 2 and all(c in _HEX_DIGITS for c in digits)


def unquote_to_bytes(string):
    """'%41b' -> b'Ab'; a '%' not followed by two hex digits stays as it is."""
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        head = piece[:2]
        if len(head) == 2 and all(chr(c) in _HEX_DIGITS for c in head):
            out.append(int(head, 16))
            out += piece[2:]
        else:
            out += b'%' + piece
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replaces %XX escapes; consecutive escaped bytes are decoded together with encoding/errors."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    encoding = 'utf-8' if encoding is None else encoding
    errors = 'replace' if errors is None else errors
    out = []
    pending = bytearray()
    i = 0
    while i < len(string):
        if string[i] == '%' and _is_escape(string, i):
            pending.append(int(string[i + 1:i + 3], 16))
            i += 3
            continue
        if pending:
            out.append(pending.decode(encoding, errors))
            pending = bytearray()
        out.append(string[i])
        i += 1
    if pending:
        out.append(pending.decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or sequence of pairs as 'k=v&k2=v2'; with doseq, sequence values give one pair each."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence or mapping object') from err

    def encoded(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(value if isinstance(value, str) else str(value), safe, encoding, errors)

    pairs = []
    for k, v in query:
        k = encoded(k)
        if not doseq or isinstance(v, (str, bytes)):
            pairs.append(k + '=' + encoded(v))
            continue
        try:
            len(v)
        except TypeError:
            pairs.append(k + '=' + encoded(v))
        else:
            pairs.extend(k + '=' + encoded(item) for item in v)
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    """A query string as a list of (name, value) pairs, in order."""
    if not qs:
        return []
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if isinstance(qs, str):
        separator = separator if isinstance(separator, str) else separator.decode('ascii')
        equals = '='

        def _unquote(text):
            return unquote_plus(text, encoding=encoding, errors=errors)
    else:
        qs = bytes(qs)
        separator = separator if isinstance(separator, bytes) else separator.encode('ascii')
        equals = b'='

        def _unquote(text):
            return unquote_to_bytes(text.replace(b'+', b' '))
    if max_num_fields is not None and max_num_fields < 1 + qs.count(separator):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_equals, value = field.partition(equals)
        if not has_equals:
            if strict_parsing:
                raise ValueError(f'bad query field: {field!r}')
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((_unquote(name), _unquote(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    """A query string as a dict of lists of values, keys in first-seen order."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        result.setdefault(name, []).append(value)
    return result
