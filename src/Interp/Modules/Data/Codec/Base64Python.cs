namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>The Python part of `base64`, over binascii's codecs.</summary>
internal static class Base64Python
{
    public const string Source = """
        import binascii


        def _bytes_from_decode_data(s):
            if isinstance(s, str):
                return _ascii(s)
            if isinstance(s, (bytes, bytearray)):
                return s
            raise TypeError('argument should be a bytes-like object or ASCII string, not %r' % s.__class__.__name__)


        def b64encode(s, altchars=None):
            encoded = binascii.b2a_base64(s, newline=False)
            if altchars is not None:
                assert len(altchars) == 2, repr(altchars)
                return _translate(encoded, b'+/', altchars)
            return encoded


        def b64decode(s, altchars=None, validate=False):
            s = _bytes_from_decode_data(s)
            if altchars is not None:
                altchars = _bytes_from_decode_data(altchars)
                assert len(altchars) == 2, repr(altchars)
                s = _translate(s, altchars, b'+/')
            return binascii.a2b_base64(s, strict_mode=validate)


        def standard_b64encode(s):
            return b64encode(s)


        def standard_b64decode(s):
            return b64decode(s)


        def urlsafe_b64encode(s):
            return b64encode(s, b'-_')


        def urlsafe_b64decode(s):
            return b64decode(s, b'-_')


        def b32encode(s):
            return _b32encode(s, False)


        def b32decode(s, casefold=False, map01=None):
            s = _bytes_from_decode_data(s)
            if map01 is not None:
                map01 = _bytes_from_decode_data(map01)
                s = _translate(s, b'01', b'O' + map01)
            return _b32decode(s, casefold, False)


        def b32hexencode(s):
            return _b32encode(s, True)


        def b32hexdecode(s, casefold=False):
            return _b32decode(_bytes_from_decode_data(s), casefold, True)


        def b16encode(s):
            return _b16encode(s)


        def b16decode(s, casefold=False):
            return _b16decode(_bytes_from_decode_data(s), casefold)


        def encodebytes(s):
            return _encodebytes(s)


        def decodebytes(s):
            return binascii.a2b_base64(s)
        """;
}
