"""The codecs that codecs.lookup finds without a registered search function (CPython's encodings
package): the native text encodings, utf-8-sig, and the hex/base64/zlib/rot13 transforms."""
import codecs
import _codecs_text as t

# Normalised name or alias -> the codec's module name in CPython's encodings package.
_ALIASES = {}
for _module, _names in {
    'utf_8': 'utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001',
    'latin_1': 'latin_1 latin1 latin l1 iso_8859_1 iso8859_1 8859 cp819 ibm819 iso_ir_100 csisolatin1',
    'ascii': 'ascii us_ascii 646 us cp367 csascii ibm367 iso646_us iso_ir_6 ansi_x3.4_1968 ansi_x3_4_1968',
    'cp1252': 'cp1252 windows_1252 1252',
    'utf_16': 'utf_16 utf16 u16', 'utf_16_le': 'utf_16_le utf_16le unicodelittleunmarked',
    'utf_16_be': 'utf_16_be utf_16be unicodebigunmarked',
    'utf_32': 'utf_32 utf32 u32', 'utf_32_le': 'utf_32_le utf_32le', 'utf_32_be': 'utf_32_be utf_32be',
    'utf_8_sig': 'utf_8_sig',
    'hex_codec': 'hex_codec hex', 'base64_codec': 'base64_codec base64 base_64',
    'zlib_codec': 'zlib_codec zlib zip', 'rot_13': 'rot_13 rot13',
}.items():
    for _name in _names.split():
        _ALIASES[_name] = _module


def normalize(encoding):
    """Runs of characters other than letters, digits and dots become one '_' (leading ones vanish)."""
    out = []
    pending = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if pending and out:
                out.append('_')
            out.append(c)
            pending = False
        else:
            pending = True
    return ''.join(out).lower()


def _place(classes, module):
    """Names the classes made here as CPython's: encodings.<module>.<class>."""
    for cls in classes:
        cls.__module__ = 'encodings.' + module
        cls.__qualname__ = cls.__name__


def _classes(module, encode, decode):
    """The incremental and stream classes of a stateless codec; decode(data, errors, final)."""

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict'):
            return decode(input, errors, False)

    classes = (IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader)
    _place(classes, module)
    return classes


def _text_codec(name, module, encode, decode):
    inc_enc, inc_dec, writer, reader = _classes(module, encode, decode)

    def decode_all(input, errors='strict'):
        return decode(input, errors, True)
    decode_all.__name__ = decode_all.__qualname__ = 'decode'
    return codecs.CodecInfo(name=name, encode=encode, decode=decode_all, incrementalencoder=inc_enc,
                            incrementaldecoder=inc_dec, streamwriter=writer, streamreader=reader)


def _bom_codec(name, module, encode_with_bom, encode_le, ex_decode):
    """utf-16 and utf-32: a BOM before the first output; the input's BOM picks its byte order."""
    def decode(input, errors='strict'):
        return ex_decode(input, errors, 0, True)[:2]

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            if self.started:
                return encode_le(input, self.errors)[0]
            self.started = True
            return encode_with_bom(input, self.errors)[0]

        def reset(self):
            self.started = False

        def getstate(self):
            return 0 if self.started else 2

        def setstate(self, state):
            self.started = not state

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.byteorder = 0

        def _buffer_decode(self, input, errors, final):
            text, consumed, byteorder = ex_decode(input, errors, self.byteorder, final)
            if self.byteorder == 0 and consumed:
                self.byteorder = byteorder or -1
            return text, consumed

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.byteorder = 0

    class StreamWriter(codecs.StreamWriter):
        started = False

        def encode(self, input, errors='strict'):
            if self.started:
                return encode_le(input, errors)
            self.started = True
            return encode_with_bom(input, errors)

        def reset(self):
            self.started = False

    class StreamReader(codecs.StreamReader):
        byteorder = 0

        def decode(self, input, errors='strict'):
            text, consumed, byteorder = ex_decode(input, errors, self.byteorder, False)
            if self.byteorder == 0 and consumed:
                self.byteorder = byteorder or -1
            return text, consumed

        def reset(self):
            codecs.StreamReader.reset(self)
            self.byteorder = 0

    _place((IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader), module)
    return codecs.CodecInfo(name=name, encode=encode_with_bom, decode=decode, incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder, streamwriter=StreamWriter,
                            streamreader=StreamReader)


def _utf_8_sig():
    def encode(input, errors='strict'):
        return codecs.BOM_UTF8 + t.utf_8_encode(input, errors)[0], len(input)

    def decode(input, errors='strict', final=False):
        data = t._as_bytes(input)
        if not final and len(data) < 3 and codecs.BOM_UTF8.startswith(data):
            return '', 0
        skip = 3 if data[:3] == codecs.BOM_UTF8 else 0
        text, consumed = t.utf_8_decode(data[skip:], errors, final)
        return text, consumed + skip

    def decode_all(input, errors='strict'):
        return decode(input, errors, True)
    decode_all.__name__ = decode_all.__qualname__ = 'decode'

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            if self.first:
                self.first = False
                return encode(input, self.errors)[0]
            return t.utf_8_encode(input, self.errors)[0]

        def reset(self):
            self.first = True

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.first = True

        def _buffer_decode(self, input, errors, final):
            if not self.first:
                return t.utf_8_decode(input, errors, final)
            text, consumed = decode(input, errors, final)
            self.first = consumed == 0
            return text, consumed

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.first = True

    class StreamWriter(codecs.StreamWriter):
        first = True

        def encode(self, input, errors='strict'):
            if self.first:
                self.first = False
                return encode(input, errors)
            return t.utf_8_encode(input, errors)

        def reset(self):
            self.first = True

    class StreamReader(codecs.StreamReader):
        first = True

        def decode(self, input, errors='strict'):
            if not self.first:
                return t.utf_8_decode(input, errors, False)
            text, consumed = decode(input, errors, False)
            self.first = consumed == 0
            return text, consumed

        def reset(self):
            codecs.StreamReader.reset(self)
            self.first = True

    _place((IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader), 'utf_8_sig')
    return codecs.CodecInfo(name='utf-8-sig', encode=encode, decode=decode_all, incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder, streamwriter=StreamWriter,
                            streamreader=StreamReader)


def _transform(name, module, encode_fn, decode_fn, input_type):
    """A bytes-to-bytes (or str-to-str) codec: only the strict error handling exists for these."""
    def encode(input, errors='strict'):
        assert errors == 'strict'
        return encode_fn(input), len(input)

    def decode(input, errors='strict'):
        assert errors == 'strict'
        return decode_fn(input), len(input)
    encode.__name__ = encode.__qualname__ = module.replace('_codec', '') + '_encode' if input_type is bytes else 'encode'
    decode.__name__ = decode.__qualname__ = module.replace('_codec', '') + '_decode' if input_type is bytes else 'decode'

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode_fn(input)

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return decode_fn(input)

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict'):
            return decode(input, errors)

    _place((IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader), module)
    return codecs.CodecInfo(name=name, encode=encode, decode=decode, incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder, streamwriter=StreamWriter,
                            streamreader=StreamReader, _is_text_encoding=False)


def _rot13(text):
    return text.translate(_ROT13)


_ROT13 = {c: (c - base + 13) % 26 + base for base in (65, 97) for c in range(base, base + 26)}


def _make(module):
    if module == 'utf_8':
        return _text_codec('utf-8', module, t.utf_8_encode, t.utf_8_decode)
    if module == 'latin_1':
        return _text_codec('iso8859-1', module, t.latin_1_encode, t.latin_1_decode)
    if module == 'ascii':
        return _text_codec('ascii', module, t.ascii_encode, t.ascii_decode)
    if module == 'cp1252':
        def encode(input, errors='strict'):
            return t.charmap_encode(input, errors)

        def decode(input, errors='strict', final=False):
            return t.charmap_decode(input, errors)
        return _text_codec('cp1252', module, encode, decode)
    if module in ('utf_16_le', 'utf_16_be', 'utf_32_le', 'utf_32_be'):
        return _text_codec(module.replace('_', '-'), module, getattr(t, module + '_encode'),
                           getattr(t, module + '_decode'))
    if module == 'utf_16':
        return _bom_codec('utf-16', module, t.utf_16_encode, t.utf_16_le_encode, t.utf_16_ex_decode)
    if module == 'utf_32':
        return _bom_codec('utf-32', module, t.utf_32_encode, t.utf_32_le_encode, t.utf_32_ex_decode)
    if module == 'utf_8_sig':
        return _utf_8_sig()
    if module == 'hex_codec':
        import binascii
        return _transform('hex', module, binascii.b2a_hex, binascii.a2b_hex, bytes)
    if module == 'base64_codec':
        import base64
        return _transform('base64', module, base64.encodebytes, base64.decodebytes, bytes)
    if module == 'zlib_codec':
        import zlib
        return _transform('zlib', module, zlib.compress, zlib.decompress, bytes)
    return _transform('rot-13', module, _rot13, _rot13, str)


def find(encoding):
    module = _ALIASES.get(normalize(encoding))
    return None if module is None else _make(module)
