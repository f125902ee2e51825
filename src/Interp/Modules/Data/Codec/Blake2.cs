using System.Buffers.Binary;
using System.Numerics;

namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>
/// BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (key, salt, personalization and
/// the tree-hashing fields), incremental and copyable. The two variants differ only in word size,
/// rounds, rotations and block size: BLAKE2s runs on 32-bit words, kept here in the low half of
/// the same 64-bit state so that one implementation serves both.
/// </summary>
internal sealed class Blake2
{
    public sealed record Parameters(
        int DigestSize, byte[] Key, byte[] Salt, byte[] Person, int Fanout, int Depth,
        uint LeafSize, ulong NodeOffset, int NodeDepth, int InnerSize, bool LastNode);

    private static readonly ulong[] IvB =
    [
        0x6A09E667F3BCC908, 0xBB67AE8584CAA73B, 0x3C6EF372FE94F82B, 0xA54FF53A5F1D36F1,
        0x510E527FADE682D1, 0x9B05688C2B3E6C1F, 0x1F83D9ABFB41BD6B, 0x5BE0CD19137E2179,
    ];

    private static readonly ulong[] IvS =
        [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19];

    private static readonly byte[][] Sigma =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ];

    private readonly bool _wide; // BLAKE2b
    private readonly ulong[] _h = new ulong[8];
    private readonly byte[] _buffer;
    private int _buffered;
    private ulong _countLow, _countHigh;
    private readonly bool _lastNode;
    public int DigestSize { get; }
    public int BlockSize => _buffer.Length;

    public Blake2(bool wide, Parameters p)
    {
        _wide = wide;
        _buffer = new byte[wide ? 128 : 64];
        _lastNode = p.LastNode;
        DigestSize = p.DigestSize;
        var block = new byte[wide ? 64 : 32];
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(4), p.LeafSize);
        if (wide)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(8), p.NodeOffset);
            block[16] = (byte)p.NodeDepth;
            block[17] = (byte)p.InnerSize;
            p.Salt.CopyTo(block, 32);
            p.Person.CopyTo(block, 48);
        }
        else
        {
            for (int i = 0; i < 6; i++) block[8 + i] = (byte)(p.NodeOffset >> (8 * i)); // 48-bit node offset
            block[14] = (byte)p.NodeDepth;
            block[15] = (byte)p.InnerSize;
            p.Salt.CopyTo(block, 16);
            p.Person.CopyTo(block, 24);
        }
        var iv = wide ? IvB : IvS;
        for (int i = 0; i < 8; i++)
            _h[i] = iv[i] ^ (wide ? BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(8 * i))
                                  : BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(4 * i)));
        if (p.Key.Length > 0)
        {
            // The key is the first block, zero-padded.
            var keyBlock = new byte[_buffer.Length];
            p.Key.CopyTo(keyBlock, 0);
            Update(keyBlock);
        }
    }

    private Blake2(Blake2 other)
    {
        _wide = other._wide;
        Array.Copy(other._h, _h, 8);
        _buffer = (byte[])other._buffer.Clone();
        _buffered = other._buffered;
        _countLow = other._countLow;
        _countHigh = other._countHigh;
        _lastNode = other._lastNode;
        DigestSize = other.DigestSize;
    }

    public Blake2 Clone() => new(this);

    public void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            // A full buffer is compressed only once more data follows: the last block needs the final flag.
            if (_buffered == _buffer.Length)
            {
                AddToCounter(_buffer.Length);
                Compress(_buffer, final: false);
                _buffered = 0;
            }
            int take = Math.Min(_buffer.Length - _buffered, data.Length);
            data[..take].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += take;
            data = data[take..];
        }
    }

    public byte[] Digest()
    {
        var state = Clone(); // digest() does not end the hash: more updates may follow
        state.AddToCounter(state._buffered);
        Array.Clear(state._buffer, state._buffered, state._buffer.Length - state._buffered);
        state.Compress(state._buffer, final: true);
        var output = new byte[_wide ? 64 : 32];
        for (int i = 0; i < 8; i++)
        {
            if (_wide) BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(8 * i), state._h[i]);
            else BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(4 * i), (uint)state._h[i]);
        }
        return output[..DigestSize];
    }

    private void AddToCounter(int bytes)
    {
        if (_wide)
        {
            ulong before = _countLow;
            _countLow += (ulong)bytes;
            if (_countLow < before) _countHigh++;
        }
        else
        {
            // BLAKE2s: a 64-bit counter split in two 32-bit words.
            ulong total = (_countHigh << 32 | _countLow) + (ulong)bytes;
            _countLow = total & 0xFFFFFFFF;
            _countHigh = total >> 32;
        }
    }

    private void Compress(byte[] block, bool final)
    {
        Span<ulong> m = stackalloc ulong[16];
        Span<ulong> v = stackalloc ulong[16];
        var iv = _wide ? IvB : IvS;
        for (int i = 0; i < 16; i++)
            m[i] = _wide ? BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(8 * i))
                         : BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(4 * i));
        for (int i = 0; i < 8; i++) { v[i] = _h[i]; v[i + 8] = iv[i]; }
        ulong mask = _wide ? ulong.MaxValue : 0xFFFFFFFF;
        v[12] ^= _countLow;
        v[13] ^= _countHigh;
        if (final)
        {
            v[14] ^= mask;
            if (_lastNode) v[15] ^= mask;
        }
        int rounds = _wide ? 12 : 10;
        for (int r = 0; r < rounds; r++)
        {
            var s = Sigma[r % 10];
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) _h[i] ^= v[i] ^ v[i + 8];
    }

    private void G(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        if (_wide)
        {
            v[a] = v[a] + v[b] + x; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
        }
        else
        {
            uint va = (uint)v[a], vb = (uint)v[b], vc = (uint)v[c], vd = (uint)v[d];
            va = va + vb + (uint)x; vd = BitOperations.RotateRight(vd ^ va, 16);
            vc += vd; vb = BitOperations.RotateRight(vb ^ vc, 12);
            va = va + vb + (uint)y; vd = BitOperations.RotateRight(vd ^ va, 8);
            vc += vd; vb = BitOperations.RotateRight(vb ^ vc, 7);
            v[a] = va; v[b] = vb; v[c] = vc; v[d] = vd;
        }
    }
}
