using System.Numerics;

namespace GilGrid.Interp.Modules.Data.Random;

/// <summary>
/// MT19937 (Matsumoto and Nishimura), seeded and consumed exactly as CPython's _random module does,
/// so that the same seed yields the same sequence of words, floats and big integers.
/// </summary>
internal sealed class MersenneTwister
{
    public const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0df, Upper = 0x80000000, Lower = 0x7fffffff;

    public readonly uint[] State = new uint[N];
    public int Index = N + 1;

    private void InitGenrand(uint s)
    {
        State[0] = s;
        for (int i = 1; i < N; i++)
            State[i] = 1812433253u * (State[i - 1] ^ (State[i - 1] >> 30)) + (uint)i;
        Index = N;
    }

    /// <summary>CPython's init_by_array: the seed as 32-bit words, least significant first.</summary>
    public void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            State[i] = (State[i] ^ ((State[i - 1] ^ (State[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N) { State[0] = State[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            State[i] = (State[i] ^ ((State[i - 1] ^ (State[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { State[0] = State[N - 1]; i = 1; }
        }
        State[0] = 0x80000000u;
        Index = N;
    }

    /// <summary>Seeds from a non-negative integer, as random.seed(int) does with abs(n).</summary>
    public void Seed(BigInteger n)
    {
        n = BigInteger.Abs(n);
        var words = new List<uint>();
        while (n > 0)
        {
            words.Add((uint)(n & uint.MaxValue));
            n >>= 32;
        }
        if (words.Count == 0) words.Add(0);
        InitByArray([.. words]);
    }

    public uint Next()
    {
        if (Index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                uint y = (State[kk] & Upper) | (State[kk + 1] & Lower);
                State[kk] = State[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            for (; kk < N - 1; kk++)
            {
                uint y = (State[kk] & Upper) | (State[kk + 1] & Lower);
                State[kk] = State[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            uint last = (State[N - 1] & Upper) | (State[0] & Lower);
            State[N - 1] = State[M - 1] ^ (last >> 1) ^ ((last & 1) != 0 ? MatrixA : 0);
            Index = 0;
        }
        uint r = State[Index++];
        r ^= r >> 11;
        r ^= (r << 7) & 0x9d2c5680u;
        r ^= (r << 15) & 0xefc60000u;
        r ^= r >> 18;
        return r;
    }

    /// <summary>random(): 53 random bits from two words, as CPython builds them.</summary>
    public double NextDouble()
    {
        uint a = Next() >> 5, b = Next() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>getrandbits(k): words filled least significant first, the last one shifted down.</summary>
    public BigInteger GetRandBits(int k)
    {
        if (k <= 32) return k == 0 ? 0 : Next() >> (32 - k);
        var bytes = new byte[((k - 1) / 32 + 1) * 4 + 1];
        int words = (k - 1) / 32 + 1;
        for (int w = 0; w < words; w++, k -= 32)
        {
            uint r = Next();
            if (k < 32) r >>= 32 - k;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(w * 4, 4), r);
        }
        return new BigInteger(bytes);
    }
}
