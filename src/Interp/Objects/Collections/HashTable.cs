using System.Runtime.CompilerServices;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>
/// The insertion-ordered hash table behind dict and set (CPython's compact dict layout): dense
/// entry arrays in insertion order plus a sparse index of entry positions. Keys hash and compare
/// with Python semantics (`__hash__`/`__eq__` may run Python code).
/// </summary>
public sealed class HashTable
{
    private int[] _index;          // -1 empty; otherwise an entry position
    private long[] _hashes;
    private PyObject?[] _keys;     // null = deleted entry
    private PyObject?[] _values;
    private int _used;             // entries written (live + deleted)
    public int Count { get; private set; }
    /// <summary>Changes on every insertion or removal: iterators compare it to detect mutation.</summary>
    public int Version { get; private set; }

    public HashTable(int capacity = 0)
    {
        int n = 8;
        while (n * 2 < capacity * 3) n <<= 1;
        _index = NewIndex(n);
        int cap = n * 2 / 3 + 1;
        _hashes = new long[cap];
        _keys = new PyObject?[cap];
        _values = new PyObject?[cap];
        Hosting.Allocation.Charge(_keys, 4L * n + 24L * cap);
    }

    private static int[] NewIndex(int n)
    {
        var a = new int[n];
        Array.Fill(a, -1);
        return a;
    }

    /// <summary>Number of entry slots (iterate 0..End and skip deleted ones with KeyAt == null).</summary>
    public int End => _used;
    public PyObject? KeyAt(int i) => _keys[i];
    public PyObject ValueAt(int i) => _values[i]!;
    public void SetValueAt(int i, PyObject v) => _values[i] = v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KeyEquals(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb && a.Type == Types.Str && b.Type == Types.Str) return sa.Value == sb.Value;
        return Ops.EqBool(a, b);
    }

    /// <summary>Entry position of key, or -1.</summary>
    public int Find(PyObject key, long hash)
    {
        int mask = _index.Length - 1;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = _index[i];
            if (ix == -1) return -1;
            var k = _keys[ix];
            if (k != null && _hashes[ix] == hash)
            {
                int version = Version;
                if (KeyEquals(k, key)) return ix;
                if (version != Version) throw PyError.Runtime("dictionary changed size during iteration");
            }
            i = (i + 1) & mask;
        }
    }

    public int Find(PyObject key) => Find(key, Ops.Hash(key));

    /// <summary>Looks up an exact-str key by its .NET string (no PyStr allocated: the hot path of names).</summary>
    public PyObject? GetStr(string key)
    {
        long hash = PyStr.HashOf(key);
        int mask = _index.Length - 1;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = _index[i];
            if (ix == -1) return null;
            var k = _keys[ix];
            if (k != null && _hashes[ix] == hash)
            {
                if (k is PyStr ks && k.Type == Types.Str) { if (ks.Value == key) return _values[ix]; }
                else return Get(PyStr.From(key));   // an exotic key type: take the general path
            }
            i = (i + 1) & mask;
        }
    }

    public PyObject? Get(PyObject key)
    {
        int ix = Find(key);
        return ix < 0 ? null : _values[ix];
    }

    public bool Contains(PyObject key) => Find(key) >= 0;

    public void Set(PyObject key, PyObject value) => Set(key, Ops.Hash(key), value);

    public void Set(PyObject key, long hash, PyObject value)
    {
        int ix = Find(key, hash);
        if (ix >= 0) { _values[ix] = value; return; }
        Insert(key, hash, value);
    }

    /// <summary>Adds a key known to be absent.</summary>
    private void Insert(PyObject key, long hash, PyObject value)
    {
        if (_used == _keys.Length) Grow();
        int pos = _used++;
        _hashes[pos] = hash;
        _keys[pos] = key;
        _values[pos] = value;
        PlaceIndex(hash, pos);
        Count++;
        Version++;
    }

    /// <summary>Inserts if absent; returns the existing or new value.</summary>
    public PyObject SetDefault(PyObject key, PyObject value)
    {
        long h = Ops.Hash(key);
        int ix = Find(key, h);
        if (ix >= 0) return _values[ix]!;
        Insert(key, h, value);
        return value;
    }

    private void PlaceIndex(long hash, int pos)
    {
        int mask = _index.Length - 1;
        int i = (int)(hash & mask);
        while (_index[i] != -1) i = (i + 1) & mask;
        _index[i] = pos;
    }

    private void Grow()
    {
        // Compact away deleted entries, and double the index when the live entries need it.
        int n = _index.Length;
        while (Count * 3 >= n * 2 - 2) n <<= 1;
        int cap = n * 2 / 3 + 1;
        var hashes = new long[cap];
        var keys = new PyObject?[cap];
        var values = new PyObject?[cap];
        // Charged before anything changes: a MemoryError leaves the dict as it was.
        Hosting.Allocation.Charge(keys, 4L * n + 24L * cap);
        int j = 0;
        for (int i = 0; i < _used; i++)
        {
            if (_keys[i] == null) continue;
            hashes[j] = _hashes[i]; keys[j] = _keys[i]; values[j] = _values[i]; j++;
        }
        _hashes = hashes; _keys = keys; _values = values; _used = j;
        _index = NewIndex(n);
        for (int i = 0; i < j; i++) PlaceIndex(hashes[i], i);
    }

    public PyObject? Remove(PyObject key)
    {
        int ix = Find(key);
        if (ix < 0) return null;
        return RemoveAt(ix);
    }

    public PyObject RemoveAt(int ix)
    {
        var v = _values[ix]!;
        // The index slot keeps pointing at the dead entry so that probe chains stay intact.
        _keys[ix] = null;
        _values[ix] = null;
        Count--;
        Version++;
        return v;
    }

    public void Clear()
    {
        _index = NewIndex(8);
        _hashes = new long[6];
        _keys = new PyObject?[6];
        _values = new PyObject?[6];
        _used = 0;
        Count = 0;
        Version++;
    }

    /// <summary>Position of the last live entry, or -1 (for popitem).</summary>
    public int LastIndex()
    {
        for (int i = _used - 1; i >= 0; i--) if (_keys[i] != null) return i;
        return -1;
    }

    public HashTable Copy()
    {
        var t = new HashTable(Count);
        for (int i = 0; i < _used; i++)
            if (_keys[i] != null) t.Insert(_keys[i]!, _hashes[i], _values[i]!);
        return t;
    }

    public long HashAt(int i) => _hashes[i];

    /// <summary>Adds an entry whose hash is already known (copying from another table).</summary>
    public void SetWithHash(PyObject key, long hash, PyObject value) => Set(key, hash, value);
}
