"""The standard codec error handlers as functions (what codecs.lookup_error returns): each takes
the Unicode error and returns (replacement, position to resume at), or raises."""


def _unsupported(exc):
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def _escape(ch):
    cp = ord(ch)
    return f'\\x{cp:02x}' if cp <= 0xff else f'\\u{cp:04x}' if cp <= 0xffff else f'\\U{cp:08x}'


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return '', exc.end
    _unsupported(exc)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return '?' * (exc.end - exc.start), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return '\ufffd', exc.end
    if isinstance(exc, UnicodeTranslateError):
        return '\ufffd' * (exc.end - exc.start), exc.end
    _unsupported(exc)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ''.join(f'\\x{b:02x}' for b in exc.object[exc.start:exc.end]), exc.end
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return ''.join(_escape(c) for c in exc.object[exc.start:exc.end]), exc.end
    _unsupported(exc)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ''.join(f'&#{ord(c)};' for c in exc.object[exc.start:exc.end]), exc.end
    _unsupported(exc)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        parts = []
        for c in exc.object[exc.start:exc.end]:
            name = unicodedata.name(c, None)
            parts.append(f'\\N{{{name}}}' if name is not None else _escape(c))
        return ''.join(parts), exc.end
    _unsupported(exc)


def surrogateescape(exc):
    if isinstance(exc, UnicodeDecodeError):
        chunk = exc.object[exc.start:exc.end]
        if any(b < 0x80 for b in chunk):
            raise exc
        return ''.join(chr(0xdc00 + b) for b in chunk), exc.end
    if isinstance(exc, UnicodeEncodeError):
        chunk = exc.object[exc.start:exc.end]
        if not all('\udc80' <= c <= '\udcff' for c in chunk):
            raise exc
        return bytes(ord(c) - 0xdc00 for c in chunk), exc.end
    _unsupported(exc)


# The byte order of a surrogate written by surrogatepass: utf-16/utf-32 without a suffix are little-endian.
_UTF_FORMS = {'utf-8': ('utf-8', 3), 'utf8': ('utf-8', 3),
              'utf-16': ('utf-16-le', 2), 'utf-16-le': ('utf-16-le', 2), 'utf-16-be': ('utf-16-be', 2),
              'utf-32': ('utf-32-le', 4), 'utf-32-le': ('utf-32-le', 4), 'utf-32-be': ('utf-32-be', 4)}


def surrogatepass(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        _unsupported(exc)
    form = _UTF_FORMS.get(exc.encoding.lower().replace('_', '-'))
    if form is None:
        raise exc
    encoding, width = form
    if isinstance(exc, UnicodeEncodeError):
        chunk = exc.object[exc.start:exc.end]
        if not all('\ud800' <= c <= '\udfff' for c in chunk):
            raise exc
        return chunk.encode(encoding, 'surrogatepass'), exc.end
    try:
        ch = exc.object[exc.start:exc.start + width].decode(encoding, 'surrogatepass')
    except UnicodeDecodeError:
        raise exc from None
    if len(ch) != 1 or not '\ud800' <= ch <= '\udfff':
        raise exc
    return ch, exc.start + width


STANDARD = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
            'backslashreplace': backslashreplace_errors, 'xmlcharrefreplace': xmlcharrefreplace_errors,
            'namereplace': namereplace_errors, 'surrogateescape': surrogateescape,
            'surrogatepass': surrogatepass}
