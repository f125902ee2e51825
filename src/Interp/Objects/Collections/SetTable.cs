using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>
/// The hash table behind set and frozenset, laid out exactly as CPython's setobject.c (linear
/// probes then perturbation, the same growth policy), because programs print sets and their
/// iteration order is the table order.
/// </summary>
public sealed class SetTable
{
    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;
    private static readonly PyObject Dummy = new PyInstance(Types.Object);

    private PyObject?[] _keys = new PyObject?[MinSize];
    private long[] _hashes = new long[MinSize];
    private int _mask = MinSize - 1;
    private int _fill;
    public int Count { get; private set; }
    public int Version { get; private set; }

    public int End => _mask + 1;
    public PyObject? KeyAt(int i) => _keys[i] is { } k && k != Dummy ? k : null;

    private static bool KeyEquals(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb && a.Type == Types.Str && b.Type == Types.Str) return sa.Value == sb.Value;
        return Ops.EqBool(a, b);
    }

    public bool Contains(PyObject key) => Find(key, Ops.Hash(key)) >= 0;

    private int Find(PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int mask = _mask;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = _keys[j];
                if (k == null) return -1;
                if (k != Dummy && _hashes[j] == hash)
                {
                    var keys = _keys;
                    if (KeyEquals(k, key)) return j;
                    if (keys != _keys || mask != _mask) return Find(key, hash);   // mutated by __eq__
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public void Add(PyObject key) => Add(key, Ops.Hash(key));

    public void Add(PyObject key, long hash)
    {
        restart:
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeslot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = _keys[j];
                if (k == null)
                {
                    if (freeslot >= 0) { _keys[freeslot] = key; _hashes[freeslot] = hash; Count++; Version++; return; }
                    _fill++;
                    Count++;
                    Version++;
                    _keys[j] = key;
                    _hashes[j] = hash;
                    if ((long)_fill * 5 >= (long)mask * 3) Resize(Count > 50000 ? Count * 2 : Count * 4);
                    return;
                }
                if (k == Dummy) { if (freeslot < 0) freeslot = j; }
                else if (_hashes[j] == hash)
                {
                    var keys = _keys;
                    if (KeyEquals(k, key)) return;
                    if (keys != _keys || mask != _mask) goto restart;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private static void InsertClean(PyObject?[] keys, long[] hashes, int mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (keys[i] == null) { keys[i] = key; hashes[i] = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                    if (keys[i + j] == null) { keys[i + j] = key; hashes[i + j] = hash; return; }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var keys = new PyObject?[size];
        // Charged before anything changes: a MemoryError leaves the set as it was.
        Hosting.Allocation.Charge(keys, 16L * size);
        var oldKeys = _keys; var oldHashes = _hashes;
        _keys = keys;
        _hashes = new long[size];
        _mask = size - 1;
        _fill = Count;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            var k = oldKeys[i];
            if (k != null && k != Dummy) InsertClean(_keys, _hashes, _mask, k, oldHashes[i]);
        }
    }

    public bool Remove(PyObject key)
    {
        int j = Find(key, Ops.Hash(key));
        if (j < 0) return false;
        _keys[j] = Dummy;
        _hashes[j] = -1;
        Count--;
        Version++;
        return true;
    }

    /// <summary>Removes the entry at slot i (for pop).</summary>
    public void RemoveAt(int i)
    {
        _keys[i] = Dummy;
        _hashes[i] = -1;
        Count--;
        Version++;
    }

    public void Clear()
    {
        _keys = new PyObject?[MinSize];
        _hashes = new long[MinSize];
        _mask = MinSize - 1;
        _fill = 0;
        Count = 0;
        Version++;
    }

    /// <summary>set_merge: adds every key of another set (copying the layout when this one is empty).</summary>
    public void Merge(SetTable other)
    {
        if (other.Count == 0) return;
        if ((long)(_fill + other.Count) * 5 >= (long)_mask * 3) Resize((Count + other.Count) * 2);
        if (_fill == 0 && _mask == other._mask && other._fill == other.Count)
        {
            Array.Copy(other._keys, _keys, _keys.Length);
            Array.Copy(other._hashes, _hashes, _hashes.Length);
            _fill = other._fill;
            Count = other.Count;
            Version++;
            return;
        }
        if (_fill == 0)
        {
            for (int i = 0; i <= other._mask; i++)
            {
                var k = other._keys[i];
                if (k != null && k != Dummy) InsertClean(_keys, _hashes, _mask, k, other._hashes[i]);
            }
            _fill = Count = other.Count;
            Version++;
            return;
        }
        for (int i = 0; i <= other._mask; i++)
        {
            var k = other._keys[i];
            if (k != null && k != Dummy) Add(k, other._hashes[i]);
        }
    }

    /// <summary>Adds the keys of a dict in insertion order, after CPython's pre-sizing.</summary>
    public void MergeDict(HashTable d)
    {
        if ((long)(_fill + d.Count) * 5 >= (long)_mask * 3) Resize((Count + d.Count) * 2);
        for (int i = 0; i < d.End; i++)
            if (d.KeyAt(i) is { } k) Add(k, d.HashAt(i));
    }

    public long HashAt(int i) => _hashes[i];

    public SetTable Copy()
    {
        var t = new SetTable();
        t.Merge(this);
        return t;
    }
}
