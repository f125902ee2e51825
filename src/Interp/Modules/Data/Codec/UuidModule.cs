using System.Numerics;
using System.Security.Cryptography;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>`uuid`: the UUID class in Python over native int/bytes conversions and hashes.</summary>
internal static class UuidModule
{
    public static readonly NativeModuleDef Def = new("uuid", Exec);

    private static void Exec(Interpreter interp, PyModule m)
    {
        ModuleKit.Fn(m, "_to_bytes", (s, a, k) =>
        {
            var bytes = new byte[16];
            Ops.Index(a[0]).AsBig.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: true);
            // TryWriteBytes writes the minimal big-endian form at the start: right-align it.
            int len = Ops.Index(a[0]).AsBig.GetByteCount(isUnsigned: true);
            var outp = new byte[16];
            Array.Copy(bytes, 0, outp, 16 - len, len);
            return new PyBytes(outp);
        });
        ModuleKit.Fn(m, "_from_bytes", (s, a, k) => PyInt.From(new BigInteger(((PyBytes)a[0]).Span, isUnsigned: true, isBigEndian: true)));
        ModuleKit.Fn(m, "_random_bytes", (s, a, k) => new PyBytes(RandomNumberGenerator.GetBytes((int)Ops.IndexClamped(a[0]))));
        ModuleKit.Fn(m, "_digest", (s, a, k) =>
        {
            var data = ((PyBytes)a[1]).Span;
            return new PyBytes(Ops.StrString(a[0]) == "md5" ? MD5.HashData(data) : SHA1.HashData(data));
        });
        ModuleKit.Fn(m, "_time_100ns", (s, a, k) =>
            PyInt.From((DateTime.UtcNow - new DateTime(1582, 10, 15, 0, 0, 0, DateTimeKind.Utc)).Ticks));
        ModuleKit.RunPython(interp, m, Source);
    }

    private const string Source = """
        RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
            'reserved for NCS compatibility', 'specified in RFC 4122',
            'reserved for Microsoft compatibility', 'reserved for future definition']

        _HEX = '0123456789abcdef'


        class SafeUUID:
            __module__ = 'uuid'
            safe = 0
            unsafe = -1
            unknown = None


        class UUID:
            __module__ = 'uuid'
            __slots__ = ('int', 'is_safe', '__weakref__')

            def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *, is_safe=SafeUUID.unknown):
                if [hex, bytes, bytes_le, fields, int].count(None) != 4:
                    raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
                if hex is not None:
                    hex = hex.replace('urn:', '').replace('uuid:', '')
                    hex = hex.strip('{}').replace('-', '')
                    if len(hex) != 32:
                        raise ValueError('badly formed hexadecimal UUID string')
                    int = 0
                    for c in hex.lower():
                        d = _HEX.find(c)
                        if d < 0:
                            raise ValueError('badly formed hexadecimal UUID string')
                        int = int * 16 + d
                if bytes_le is not None:
                    if len(bytes_le) != 16:
                        raise ValueError('bytes_le is not a 16-char string')
                    b = list(bytes_le)
                    bytes = _bytes_of(b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:])
                if bytes is not None:
                    if len(bytes) != 16:
                        raise ValueError('bytes is not a 16-char string')
                    int = _from_bytes(bytes)
                if fields is not None:
                    if len(fields) != 6:
                        raise ValueError('fields is not a 6-tuple')
                    time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node = fields
                    clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
                    int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64) | (clock_seq << 48) | node)
                if not 0 <= int < 1 << 128:
                    raise ValueError('int is out of range (need a 128-bit value)')
                if version is not None:
                    if not 1 <= version <= 8:
                        raise ValueError('illegal version number')
                    int &= ~(0xc000 << 48)
                    int |= 0x8000 << 48
                    int &= ~(0xf000 << 64)
                    int |= version << 76
                object.__setattr__(self, 'int', int)
                object.__setattr__(self, 'is_safe', is_safe)

            def __setattr__(self, name, value):
                raise TypeError('UUID objects are immutable')

            def __eq__(self, other):
                return self.int == other.int if isinstance(other, UUID) else NotImplemented

            def __lt__(self, other):
                return self.int < other.int if isinstance(other, UUID) else NotImplemented

            def __gt__(self, other):
                return self.int > other.int if isinstance(other, UUID) else NotImplemented

            def __le__(self, other):
                return self.int <= other.int if isinstance(other, UUID) else NotImplemented

            def __ge__(self, other):
                return self.int >= other.int if isinstance(other, UUID) else NotImplemented

            def __hash__(self):
                return hash(self.int)

            def __int__(self):
                return self.int

            def __repr__(self):
                return '%s(%r)' % (self.__class__.__name__, str(self))

            def __str__(self):
                h = self.hex
                return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

            @property
            def hex(self):
                v = self.int
                digits = []
                for _ in range(32):
                    digits.append(_HEX[v & 15])
                    v >>= 4
                return ''.join(reversed(digits))

            @property
            def bytes(self):
                return _to_bytes(self.int)

            @property
            def bytes_le(self):
                b = list(self.bytes)
                return _bytes_of(b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:])

            @property
            def fields(self):
                return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant, self.clock_seq_low, self.node)

            time_low = property(lambda self: self.int >> 96)
            time_mid = property(lambda self: (self.int >> 80) & 0xffff)
            time_hi_version = property(lambda self: (self.int >> 64) & 0xffff)
            clock_seq_hi_variant = property(lambda self: (self.int >> 56) & 0xff)
            clock_seq_low = property(lambda self: (self.int >> 48) & 0xff)
            node = property(lambda self: self.int & 0xffffffffffff)
            urn = property(lambda self: 'urn:uuid:' + str(self))

            @property
            def time(self):
                return (((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low)

            @property
            def clock_seq(self):
                return (((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low)

            @property
            def variant(self):
                if not self.int & (0x8000 << 48):
                    return RESERVED_NCS
                elif not self.int & (0x4000 << 48):
                    return RFC_4122
                elif not self.int & (0x2000 << 48):
                    return RESERVED_MICROSOFT
                return RESERVED_FUTURE

            @property
            def version(self):
                if self.variant == RFC_4122:
                    return (self.int >> 76) & 0xf


        def _bytes_of(ints):
            return _to_bytes(_from_list(ints))


        def _from_list(ints):
            v = 0
            for b in ints:
                v = (v << 8) | b
            return v


        def uuid4():
            return UUID(bytes=_random_bytes(16), version=4)


        def uuid1(node=None, clock_seq=None):
            timestamp = _time_100ns()
            if clock_seq is None:
                clock_seq = _from_bytes(_random_bytes(2)) & 0x3fff
            if node is None:
                node = _from_bytes(_random_bytes(6)) | 0x010000000000
            time_low = timestamp & 0xffffffff
            time_mid = (timestamp >> 32) & 0xffff
            time_hi_version = (timestamp >> 48) & 0x0fff
            return UUID(fields=(time_low, time_mid, time_hi_version, (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node), version=1)


        def _name_bytes(name):
            if isinstance(name, str):
                return name.encode('utf-8')
            return name


        def uuid3(namespace, name):
            return UUID(bytes=_digest('md5', namespace.bytes + _name_bytes(name))[:16], version=3)


        def uuid5(namespace, name):
            return UUID(bytes=_digest('sha1', namespace.bytes + _name_bytes(name))[:16], version=5)


        NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
        NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
        NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
        NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
        """;
}
