using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>RFC 4648 base32 (and base32hex) as base64.b32encode/b32decode implement it.</summary>
internal static class Base32
{
    private const string Std = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", Hex = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    public static byte[] Encode(byte[] data, bool hex)
    {
        string alphabet = hex ? Hex : Std;
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < data.Length; i += 5)
        {
            int n = Math.Min(5, data.Length - i);
            ulong block = 0;
            for (int k = 0; k < 5; k++) block = (block << 8) | (k < n ? data[i + k] : 0u);
            int chars = n switch { 1 => 2, 2 => 4, 3 => 5, 4 => 7, _ => 8 };
            for (int k = 0; k < 8; k++) sb.Append(k < chars ? alphabet[(int)((block >> (35 - 5 * k)) & 31)] : '=');
        }
        return System.Text.Encoding.ASCII.GetBytes(sb.ToString());
    }

    public static byte[] Decode(byte[] data, bool casefold, bool hex, Func<string, PyError> error)
    {
        string alphabet = hex ? Hex : Std;
        if (data.Length % 8 != 0) throw error("Incorrect padding");
        int end = data.Length;
        int pad = 0;
        while (end > 0 && data[end - 1] == '=') { end--; pad++; }
        var outp = new List<byte>();
        for (int i = 0; i < data.Length; i += 8)
        {
            ulong block = 0;
            for (int k = 0; k < 8; k++)
            {
                int idx = i + k;
                int v = 0;
                if (idx < end)
                {
                    char c = (char)data[idx];
                    if (casefold) c = char.ToUpperInvariant(c);
                    v = alphabet.IndexOf(c);
                    if (v < 0) throw error("Non-base32 digit found");
                }
                block = (block << 5) | (uint)v;
            }
            for (int k = 0; k < 5; k++) outp.Add((byte)(block >> (32 - 8 * k)));
        }
        int drop = pad switch { 0 => 0, 1 => 1, 3 => 2, 4 => 3, 6 => 4, _ => throw error("Incorrect padding") };
        outp.RemoveRange(outp.Count - drop, drop);
        return [.. outp];
    }
}
