namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>
/// A streaming DEFLATE decoder (RFC 1951) with zlib (RFC 1950) and gzip (RFC 1952) framing, for
/// zlib.decompressobj: input arrives in pieces, output can be capped (max_length), and the bytes
/// after the end of the stream are reported (unused_data), which .NET's streams cannot do.
/// Decoding advances one symbol at a time from a checkpoint; when the input runs out in the middle
/// of a symbol or a block header, it rewinds to the checkpoint and waits for more input.
/// </summary>
internal sealed class Inflater
{
    public enum Framing { Raw, Zlib, Gzip, Auto }

    public sealed class DataError(string message) : Exception(message);

    private enum Phase { Header, BlockHeader, Stored, Codes, Trailer, Done }

    private sealed class Huffman
    {
        public readonly short[] Count = new short[16];
        public readonly short[] Symbol;
        public Huffman(int symbols) => Symbol = new short[symbols];
    }

    private static readonly short[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly byte[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly short[] DistBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly byte[] DistExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    private static readonly byte[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
    private static readonly (Huffman Lit, Huffman Dist) Fixed = BuildFixed();

    private Framing _framing;
    private readonly int _windowBits;
    private Phase _phase = Phase.Header;
    private bool _lastBlock;
    private int _storedRemaining;
    private Huffman? _lit, _dist;
    private int _copyLength, _copyDistance; // a match cut short by max_length
    private readonly byte[] _window = new byte[32768];
    private long _totalOut;
    private uint _adler = 1, _crc;
    private int _summed; // output of the current call already in _adler/_crc

    // Input not decoded yet, and the bit register holding part of a byte.
    private byte[] _in = [];
    private int _pos;
    private ulong _bits;
    private int _bitCount;

    public bool Finished => _phase == Phase.Done;

    public Inflater(Framing framing, int windowBits)
    {
        _framing = framing;
        _windowBits = windowBits;
        if (framing == Framing.Raw) _phase = Phase.BlockHeader;
    }

    public Inflater Clone()
    {
        var c = (Inflater)MemberwiseClone();
        Array.Copy(_window, c._window, _window.Length);
        c._in = (byte[])_in.Clone();
        return c;
    }

    /// <summary>
    /// Decodes `data` after the input held back from before. Returns the output (at most maxLength
    /// bytes when maxLength > 0); `rest` is the input not consumed (after the end of the stream, or
    /// left over when the output cap was reached).
    /// </summary>
    public byte[] Decompress(ReadOnlySpan<byte> data, int maxLength, out byte[] rest)
    {
        var input = new byte[_in.Length - _pos + data.Length];
        _in.AsSpan(_pos).CopyTo(input);
        data.CopyTo(input.AsSpan(_in.Length - _pos));
        _in = input;
        _pos = 0;
        var output = new List<byte>();
        _summed = 0;
        int limit = maxLength > 0 ? maxLength : int.MaxValue;
        while (_phase != Phase.Done && output.Count < limit)
        {
            var mark = (_pos, _bits, _bitCount);
            if (!Step(output, limit))
            {
                (_pos, _bits, _bitCount) = mark; // wait for more input
                break;
            }
        }
        Checksum(output);
        if (_phase == Phase.Done)
        {
            // Whole bytes left in the register were read ahead: they belong to what follows the stream.
            int unread = _bitCount / 8;
            rest = _in.AsSpan(_pos - unread).ToArray();
            _in = [];
            _pos = 0;
            _bits = 0;
            _bitCount = 0;
        }
        else if (output.Count >= limit && maxLength > 0)
        {
            rest = _in.AsSpan(_pos).ToArray();
            _in = [];
            _pos = 0;
        }
        else rest = [];
        return output.ToArray();
    }

    private bool Need(int n)
    {
        while (_bitCount < n)
        {
            if (_pos >= _in.Length) return false;
            _bits |= (ulong)_in[_pos++] << _bitCount;
            _bitCount += 8;
        }
        return true;
    }

    private int Take(int n)
    {
        int v = (int)(_bits & ((1UL << n) - 1));
        _bits >>= n;
        _bitCount -= n;
        return v;
    }

    /// <summary>One unit of work; false when the input ran out (the caller rewinds).</summary>
    private bool Step(List<byte> output, int limit)
    {
        switch (_phase)
        {
            case Phase.Header:
                return ReadHeader();
            case Phase.BlockHeader:
                return ReadBlockHeader();
            case Phase.Stored:
                if (!Need(8)) return false;
                Emit(output, (byte)Take(8));
                if (--_storedRemaining == 0) EndBlock();
                return true;
            case Phase.Codes:
                return DecodeSymbol(output, limit);
            case Phase.Trailer:
                Checksum(output);
                return ReadTrailer();
        }
        return true;
    }

    private void EndBlock() => _phase = _lastBlock ? (_framing == Framing.Raw ? Phase.Done : Phase.Trailer) : Phase.BlockHeader;

    private void Emit(List<byte> output, byte b)
    {
        output.Add(b);
        _window[_totalOut & 32767] = b;
        _totalOut++;
    }

    /// <summary>Folds the output not yet checksummed into the trailer's check value.</summary>
    private void Checksum(List<byte> output)
    {
        if (_summed >= output.Count) return;
        var fresh = output.GetRange(_summed, output.Count - _summed).ToArray();
        _summed = output.Count;
        if (_framing == Framing.Gzip)
        {
            _crc = BinasciiModule.Crc32(fresh, _crc);
            return;
        }
        uint a = _adler & 0xffff, s = _adler >> 16;
        foreach (var b in fresh)
        {
            a = (a + b) % 65521;
            s = (s + a) % 65521;
        }
        _adler = (s << 16) | a;
    }

    private bool ReadHeader()
    {
        if (_framing == Framing.Auto)
        {
            if (!Need(16)) return false;
            _framing = (_bits & 0xffff) == 0x8b1f ? Framing.Gzip : Framing.Zlib;
        }
        if (_framing == Framing.Zlib)
        {
            if (!Need(16)) return false;
            int cmf = Take(8), flg = Take(8);
            if ((cmf * 256 + flg) % 31 != 0) throw new DataError("incorrect header check");
            if ((cmf & 15) != 8) throw new DataError("unknown compression method");
            if ((cmf >> 4) + 8 > _windowBits && _windowBits != 0) throw new DataError("invalid window size");
            if ((flg & 0x20) != 0) throw new DataError("need dictionary");
        }
        else
        {
            if (!Need(16)) return false;
            if (Take(16) != 0x8b1f) throw new DataError("incorrect header check");
            if (!Need(16)) return false;
            if (Take(8) != 8) throw new DataError("unknown compression method");
            int flags = Take(8);
            if ((flags & 0xe0) != 0) throw new DataError("unknown header flags set");
            for (int i = 0; i < 6; i++) { if (!Need(8)) return false; Take(8); } // mtime, xfl, os
            if ((flags & 4) != 0)
            {
                if (!Need(16)) return false;
                int extra = Take(16);
                for (int i = 0; i < extra; i++) { if (!Need(8)) return false; Take(8); }
            }
            foreach (int bit in (int[])[8, 16]) // file name, comment: zero-terminated
                if ((flags & bit) != 0)
                    while (true) { if (!Need(8)) return false; if (Take(8) == 0) break; }
            if ((flags & 2) != 0) { if (!Need(16)) return false; Take(16); }
        }
        _phase = Phase.BlockHeader;
        return true;
    }

    private bool ReadTrailer()
    {
        Take(_bitCount % 8); // to a byte boundary
        if (_framing == Framing.Zlib)
        {
            if (!Need(32)) return false;
            uint check = 0;
            for (int i = 0; i < 4; i++) check = (check << 8) | (uint)Take(8);
            if (check != _adler) throw new DataError("incorrect data check");
        }
        else
        {
            if (!Need(32)) return false;
            if ((uint)Take(16) + ((uint)Take(16) << 16) != _crc) throw new DataError("incorrect data check");
            if (!Need(32)) return false;
            if ((uint)Take(16) + ((uint)Take(16) << 16) != (uint)_totalOut) throw new DataError("incorrect length check");
        }
        _phase = Phase.Done;
        return true;
    }

    private bool ReadBlockHeader()
    {
        if (!Need(3)) return false;
        bool last = Take(1) == 1;
        int type = Take(2);
        switch (type)
        {
            case 0:
                Take(_bitCount % 8);
                if (!Need(32)) return false;
                int len = Take(16), nlen = Take(16);
                if (len != (~nlen & 0xffff)) throw new DataError("invalid stored block lengths");
                _storedRemaining = len;
                _phase = Phase.Stored;
                break;
            case 1:
                (_lit, _dist) = Fixed;
                _phase = Phase.Codes;
                break;
            case 2:
                if (!ReadDynamicTables()) return false;
                _phase = Phase.Codes;
                break;
            default:
                throw new DataError("invalid block type");
        }
        _lastBlock = last;
        if (type == 0 && _storedRemaining == 0) EndBlock();
        return true;
    }

    private bool ReadDynamicTables()
    {
        if (!Need(14)) return false;
        int nlen = Take(5) + 257, ndist = Take(5) + 1, ncode = Take(4) + 4;
        if (nlen > 286 || ndist > 30) throw new DataError("too many length or distance symbols");
        var lengths = new short[320];
        for (int i = 0; i < ncode; i++)
        {
            if (!Need(3)) return false;
            lengths[CodeLengthOrder[i]] = (short)Take(3);
        }
        var lencode = new Huffman(19);
        if (Build(lencode, lengths.AsSpan(0, 19)) != 0) throw new DataError("invalid code lengths set");
        var all = new short[nlen + ndist];
        for (int index = 0; index < nlen + ndist;)
        {
            int symbol = Decode(lencode);
            if (symbol == -2) return false;
            if (symbol < 0) throw new DataError("invalid code lengths set");
            if (symbol < 16) { all[index++] = (short)symbol; continue; }
            short repeated = 0;
            int times;
            if (symbol == 16)
            {
                if (index == 0) throw new DataError("invalid bit length repeat");
                repeated = all[index - 1];
                if (!Need(2)) return false;
                times = 3 + Take(2);
            }
            else if (symbol == 17) { if (!Need(3)) return false; times = 3 + Take(3); }
            else { if (!Need(7)) return false; times = 11 + Take(7); }
            if (index + times > nlen + ndist) throw new DataError("invalid bit length repeat");
            while (times-- > 0) all[index++] = repeated;
        }
        if (all[256] == 0) throw new DataError("invalid code -- missing end-of-block");
        _lit = new Huffman(nlen);
        if (Build(_lit, all.AsSpan(0, nlen)) < 0) throw new DataError("invalid literal/lengths set");
        _dist = new Huffman(ndist);
        if (Build(_dist, all.AsSpan(nlen, ndist)) < 0) throw new DataError("invalid distances set");
        return true;
    }

    private bool DecodeSymbol(List<byte> output, int limit)
    {
        if (_copyLength > 0)
        {
            CopyMatch(output, limit);
            return true;
        }
        int symbol = Decode(_lit!);
        if (symbol == -2) return false;
        if (symbol < 0) throw new DataError("invalid literal/length code");
        if (symbol < 256) { Emit(output, (byte)symbol); return true; }
        if (symbol == 256) { EndBlock(); return true; }
        symbol -= 257;
        if (symbol >= 29) throw new DataError("invalid literal/length code");
        if (!Need(LengthExtra[symbol])) return false;
        int length = LengthBase[symbol] + Take(LengthExtra[symbol]);
        int dsym = Decode(_dist!);
        if (dsym == -2) return false;
        if (dsym < 0 || dsym >= 30) throw new DataError("invalid distance code");
        if (!Need(DistExtra[dsym])) return false;
        int distance = DistBase[dsym] + Take(DistExtra[dsym]);
        if (distance > _totalOut)
            throw new DataError("invalid distance too far back");
        (_copyLength, _copyDistance) = (length, distance);
        CopyMatch(output, limit);
        return true;
    }

    private void CopyMatch(List<byte> output, int limit)
    {
        while (_copyLength > 0 && output.Count < limit)
        {
            Emit(output, _window[(_totalOut - _copyDistance) & 32767]);
            _copyLength--;
        }
    }

    /// <summary>The next symbol, -1 for an invalid code, -2 when the input ran out.</summary>
    private int Decode(Huffman h)
    {
        int code = 0, first = 0, index = 0;
        for (int len = 1; len <= 15; len++)
        {
            if (!Need(1)) return -2;
            code |= Take(1);
            int count = h.Count[len];
            if (code - count < first) return h.Symbol[index + (code - first)];
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        return -1;
    }

    /// <summary>Canonical Huffman table from code lengths: 0 complete, &gt;0 incomplete, &lt;0 over-subscribed.</summary>
    private static int Build(Huffman h, ReadOnlySpan<short> lengths)
    {
        foreach (var l in lengths) h.Count[l]++;
        if (h.Count[0] == lengths.Length) return 0;
        int left = 1;
        for (int len = 1; len <= 15; len++)
        {
            left <<= 1;
            left -= h.Count[len];
            if (left < 0) return left;
        }
        var offsets = new short[16];
        for (int len = 1; len < 15; len++) offsets[len + 1] = (short)(offsets[len] + h.Count[len]);
        for (int symbol = 0; symbol < lengths.Length; symbol++)
            if (lengths[symbol] != 0) h.Symbol[offsets[lengths[symbol]]++] = (short)symbol;
        return left;
    }

    private static (Huffman, Huffman) BuildFixed()
    {
        var lengths = new short[288];
        for (int i = 0; i < 288; i++) lengths[i] = (short)(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
        var lit = new Huffman(288);
        Build(lit, lengths);
        var distLengths = new short[30];
        Array.Fill(distLengths, (short)5);
        var dist = new Huffman(30);
        Build(dist, distLengths);
        return (lit, dist);
    }
}
