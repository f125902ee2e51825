"""The codec functions behind codecs (CPython's _codecs): `X_encode(str, errors)` -> (bytes, length)
and `X_decode(data, errors, final)` -> (str, bytes consumed) for the text encodings that str.encode
and bytes.decode implement natively. A decoder that is not final leaves an incomplete character at
the end unconsumed, which is what incremental decoders and stream readers build on. Error handlers
registered with codecs.register_error run here: the native codecs know the standard ones only."""

STANDARD_HANDLERS = frozenset(['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
                               'surrogatepass', 'xmlcharrefreplace', 'namereplace'])

# Handlers registered by name (codecs.register_error fills it; codecs looks standard ones up here too).
handlers = {}


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError(f'lookup_error() argument must be str, not {type(name).__name__}')
    try:
        return handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def _check_str(func, text):
    if not isinstance(text, str):
        raise TypeError(f'{func}() argument 1 must be str, not {type(text).__name__}')


def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _new_position(pos, length, what):
    if not isinstance(pos, int):
        raise TypeError(f'{what} error handler must return (str{"/bytes" if what == "encoding" else ""}, int) tuple')
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError(f'position {pos} from error handler out of bounds')
    return pos


def encode_text(text, encoding, errors):
    """text.encode(encoding) where errors may name a handler registered with codecs.register_error."""
    errors = 'strict' if errors is None else errors
    if errors in STANDARD_HANDLERS:
        return text.encode(encoding, errors)
    out = []
    pos = 0
    while True:
        try:
            out.append(text[pos:].encode(encoding))
            return b''.join(out)
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(text[pos:start].encode(encoding))
            result = lookup_error(errors)(UnicodeEncodeError(e.encoding, text, start, end, e.reason))
            if not (isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], (str, bytes))):
                raise TypeError('encoding error handler must return (str/bytes, int) tuple')
            replacement, new_pos = result
            out.append(replacement.encode(encoding) if isinstance(replacement, str) else replacement)
            pos = _new_position(new_pos, len(text), 'encoding')


def decode_bytes(data, encoding, errors):
    """data.decode(encoding) where errors may name a handler registered with codecs.register_error."""
    errors = 'strict' if errors is None else errors
    if errors in STANDARD_HANDLERS:
        return data.decode(encoding, errors)
    out = []
    pos = 0
    while True:
        try:
            out.append(data[pos:].decode(encoding))
            return ''.join(out)
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(encoding))
            result = lookup_error(errors)(UnicodeDecodeError(e.encoding, data, start, end, e.reason))
            if not (isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], str)):
                raise TypeError('decoding error handler must return (str, int) tuple')
            out.append(result[0])
            pos = _new_position(result[1], len(data), 'decoding')


# ---- incomplete characters at the end of a chunk ----------------------------------------------

def _utf8_incomplete_tail(data):
    """How many bytes at the end of data start a UTF-8 sequence that more bytes could complete."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        lead = data[n - back]
        if 0x80 <= lead < 0xc0:
            continue
        need = 2 if 0xc2 <= lead <= 0xdf else 3 if 0xe0 <= lead <= 0xef else 4 if 0xf0 <= lead <= 0xf4 else 0
        if need <= back:
            return 0
        # The second byte of some leads has a narrower range (no overlongs, surrogates, > U+10FFFF).
        low, high = {0xe0: (0xa0, 0xbf), 0xed: (0x80, 0x9f), 0xf0: (0x90, 0xbf), 0xf4: (0x80, 0x8f)}.get(lead, (0x80, 0xbf))
        for k in range(1, back):
            byte = data[n - back + k]
            if not (low <= byte <= high if k == 1 else 0x80 <= byte <= 0xbf):
                return 0
        return back
    return 0


def _utf16_incomplete_tail(data, big_endian):
    tail = len(data) % 2
    if len(data) - tail >= 2:
        i = len(data) - tail - 2
        unit = data[i] << 8 | data[i + 1] if big_endian else data[i + 1] << 8 | data[i]
        if 0xd800 <= unit <= 0xdbff:
            tail += 2
    return tail


def _decode_complete(data, encoding, errors, final, tail):
    data = _as_bytes(data)
    keep = 0 if final else tail(data)
    consumed = len(data) - keep
    return decode_bytes(data[:consumed], encoding, errors), consumed


# ---- the codec functions ----------------------------------------------------------------------

def utf_8_encode(text, errors=None):
    _check_str('utf_8_encode', text)
    return encode_text(text, 'utf-8', errors), len(text)


def utf_8_decode(data, errors=None, final=False):
    return _decode_complete(data, 'utf-8', errors, final, _utf8_incomplete_tail)


def latin_1_encode(text, errors=None):
    _check_str('latin_1_encode', text)
    return encode_text(text, 'latin-1', errors), len(text)


def latin_1_decode(data, errors=None, final=False):
    data = _as_bytes(data)
    return decode_bytes(data, 'latin-1', errors), len(data)


def ascii_encode(text, errors=None):
    _check_str('ascii_encode', text)
    return encode_text(text, 'ascii', errors), len(text)


def ascii_decode(data, errors=None, final=False):
    data = _as_bytes(data)
    return decode_bytes(data, 'ascii', errors), len(data)


def charmap_encode(text, errors=None, mapping=None):
    """cp1252 only: the one charmap codec the interpreter has natively."""
    _check_str('charmap_encode', text)
    return encode_text(text, 'cp1252', errors), len(text)


def charmap_decode(data, errors=None, mapping=None):
    data = _as_bytes(data)
    return decode_bytes(data, 'cp1252', errors), len(data)


def utf_16_le_encode(text, errors=None):
    _check_str('utf_16_le_encode', text)
    return encode_text(text, 'utf-16-le', errors), len(text)


def utf_16_be_encode(text, errors=None):
    _check_str('utf_16_be_encode', text)
    return encode_text(text, 'utf-16-be', errors), len(text)


def utf_16_encode(text, errors=None, byteorder=0):
    _check_str('utf_16_encode', text)
    if byteorder == 0:
        return b'\xff\xfe' + encode_text(text, 'utf-16-le', errors), len(text)
    return encode_text(text, 'utf-16-be' if byteorder > 0 else 'utf-16-le', errors), len(text)


def utf_16_le_decode(data, errors=None, final=False):
    return _decode_complete(data, 'utf-16-le', errors, final, lambda d: _utf16_incomplete_tail(d, False))


def utf_16_be_decode(data, errors=None, final=False):
    return _decode_complete(data, 'utf-16-be', errors, final, lambda d: _utf16_incomplete_tail(d, True))


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    """(text, consumed, byte order found): a BOM at the start picks the byte order when it is 0."""
    data = _as_bytes(data)
    skip = 0
    if byteorder == 0:
        if len(data) < 2 and not final:
            return '', 0, 0
        if data[:2] == b'\xff\xfe':
            byteorder, skip = -1, 2
        elif data[:2] == b'\xfe\xff':
            byteorder, skip = 1, 2
    decode = utf_16_be_decode if byteorder > 0 else utf_16_le_decode
    text, consumed = decode(data[skip:], errors, final)
    return text, consumed + skip, byteorder


def utf_16_decode(data, errors=None, final=False):
    text, consumed, _ = utf_16_ex_decode(data, errors, 0, final)
    return text, consumed


def utf_32_le_encode(text, errors=None):
    _check_str('utf_32_le_encode', text)
    return encode_text(text, 'utf-32-le', errors), len(text)


def utf_32_be_encode(text, errors=None):
    _check_str('utf_32_be_encode', text)
    return encode_text(text, 'utf-32-be', errors), len(text)


def utf_32_encode(text, errors=None, byteorder=0):
    _check_str('utf_32_encode', text)
    if byteorder == 0:
        return b'\xff\xfe\x00\x00' + encode_text(text, 'utf-32-le', errors), len(text)
    return encode_text(text, 'utf-32-be' if byteorder > 0 else 'utf-32-le', errors), len(text)


def utf_32_le_decode(data, errors=None, final=False):
    return _decode_complete(data, 'utf-32-le', errors, final, lambda d: len(d) % 4)


def utf_32_be_decode(data, errors=None, final=False):
    return _decode_complete(data, 'utf-32-be', errors, final, lambda d: len(d) % 4)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    data = _as_bytes(data)
    skip = 0
    if byteorder == 0:
        if len(data) < 4 and not final:
            return '', 0, 0
        if data[:4] == b'\xff\xfe\x00\x00':
            byteorder, skip = -1, 4
        elif data[:4] == b'\x00\x00\xfe\xff':
            byteorder, skip = 1, 4
    decode = utf_32_be_decode if byteorder > 0 else utf_32_le_decode
    text, consumed = decode(data[skip:], errors, final)
    return text, consumed + skip, byteorder


def utf_32_decode(data, errors=None, final=False):
    text, consumed, _ = utf_32_ex_decode(data, errors, 0, final)
    return text, consumed


# ---- str.encode / bytes.decode beyond the native codecs (called from Objects/Bytes/Codecs.cs) ----

def str_encode(text, encoding, errors):
    import codecs
    info = codecs.lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError(f"'{encoding}' is not a text encoding; use codecs.encode() to handle arbitrary codecs")
    result = info.encode(text, errors)[0]
    if not isinstance(result, bytes):
        raise TypeError(f"'{encoding}' encoder returned '{type(result).__name__}' instead of 'bytes'; "
                        'use codecs.encode() to encode to arbitrary types')
    return result


def bytes_decode(data, encoding, errors):
    import codecs
    info = codecs.lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError(f"'{encoding}' is not a text encoding; use codecs.decode() to handle arbitrary codecs")
    result = info.decode(data, errors)[0]
    if not isinstance(result, str):
        raise TypeError(f"'{encoding}' decoder returned '{type(result).__name__}' instead of 'str'; "
                        'use codecs.decode() to decode to arbitrary types')
    return result
