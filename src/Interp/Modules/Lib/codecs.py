"""codecs: the codec registry, codec and error-handler lookup, incremental and stream codecs.

The text encodings are the interpreter's native ones (str.encode / bytes.decode: utf-8, utf-16,
utf-32 and their -le/-be forms, ascii, latin-1, cp1252), plus utf-8-sig here; the bytes-to-bytes
codecs hex, base64 and zlib and the str-to-str rot13 work through codecs.encode/decode."""
import builtins
import sys
import _codecs_errors
import _codecs_text
from _codecs_text import (utf_8_encode, utf_8_decode, latin_1_encode, latin_1_decode, ascii_encode,
                          ascii_decode, charmap_encode, charmap_decode, utf_16_encode, utf_16_decode,
                          utf_16_le_encode, utf_16_le_decode, utf_16_be_encode, utf_16_be_decode,
                          utf_16_ex_decode, utf_32_encode, utf_32_decode, utf_32_le_encode,
                          utf_32_le_decode, utf_32_be_encode, utf_32_be_decode, utf_32_ex_decode)
from _codecs_errors import (strict_errors, ignore_errors, replace_errors, backslashreplace_errors,
                            xmlcharrefreplace_errors, namereplace_errors)

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE',
           'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE',
           'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec',
           'IncrementalEncoder', 'IncrementalDecoder', 'StreamReader', 'StreamWriter',
           'StreamReaderWriter', 'StreamRecoder', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter', 'encode',
           'decode', 'iterencode', 'iterdecode', 'strict_errors', 'ignore_errors', 'replace_errors',
           'xmlcharrefreplace_errors', 'backslashreplace_errors', 'namereplace_errors',
           'register_error', 'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# The native byte order of the machines .NET runs on here.
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions and classes; as a tuple (encode, decode, streamreader, streamwriter)."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


class Codec:
    """Stateless encoder/decoder: encode(input, errors) -> (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces; state carried between calls lives in the instance."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forgets any state, as if newly made."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Restores a state from getstate()."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps the input it could not encode yet in self.buffer."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class IncrementalDecoder:
    """Decodes input given in pieces; state carried between calls lives in the instance."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forgets any state, as if newly made."""

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        """Restores a state from getstate()."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps an incomplete character's bytes in self.buffer."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


from _codecs_streams import StreamWriter, StreamReader, StreamReaderWriter, StreamRecoder  # noqa: E402
import _codecs_table  # noqa: E402

# ---- the registry ------------------------------------------------------------------------------
_search_functions = []
_cache = {}


def register(search_function):
    """Adds a search function: it gets a normalised encoding name and returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not {type(encoding).__name__}')
    key = encoding.lower().replace(' ', '_')
    if key in _cache:
        return _cache[key]
    info = _codecs_table.find(encoding)
    for search in _search_functions:
        if info is not None:
            break
        info = search(key)
        if info is not None and not (isinstance(info, tuple) and len(info) == 4):
            raise TypeError('codec search functions must return 4-tuples')
    if info is None:
        raise LookupError(f'unknown encoding: {encoding}')
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj with the codec registered for encoding (text or bytes codecs alike)."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """A file whose reads and writes go through the codec (the plain file without an encoding)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        wrapped.encoding = encoding
        return wrapped
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    recoder = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader,
                            file_info.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


# ---- error handlers ----------------------------------------------------------------------------

def register_error(name, handler):
    """Registers handler(exc) -> (replacement, resume position) as the error handler `name`."""
    if not isinstance(name, str):
        raise TypeError(f'register_error() argument 1 must be str, not {type(name).__name__}')
    if not callable(handler):
        raise TypeError('handler must be callable')
    _codecs_text.handlers[name] = handler


def lookup_error(name):
    return _codecs_text.lookup_error(name)


_codecs_text.handlers.update(_codecs_errors.STANDARD)
