using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>
/// list.sort and sorted(): CPython's timsort structure (natural runs found as listobject.c's
/// count_run does, short runs extended by binary insertion, then stable merges), so that `__lt__`
/// is called on the same pairs in the same order for small lists: which pair fails first decides
/// the TypeError message ("'<' not supported between instances of 'NoneType' and 'int'").
/// Merges do not gallop, which only changes the comparison order on long lists.
/// </summary>
public static class ListSort
{
    private const int MinMerge = 64;

    public static void Sort(PyList l, PyObject? key, bool reverse)
    {
        var items = l.ToArray();
        // While sorting the list looks empty; any change to it replaces this marker array.
        var marker = new PyObject[0];
        l.Items = marker;
        l.Count = 0;
        try
        {
            var keys = key == null ? items : new PyObject[items.Length];
            if (key != null)
                for (int i = 0; i < items.Length; i++) keys[i] = Ops.Call(key, items[i]);
            // Reversing before and after keeps equal items in their original order.
            if (reverse) { Array.Reverse(keys); if (key != null) Array.Reverse(items); }
            TimSort(keys, key == null ? null : items);
            if (reverse) { Array.Reverse(keys); if (key != null) Array.Reverse(items); }
        }
        finally
        {
            bool modified = !ReferenceEquals(l.Items, marker);
            l.Items = items;
            l.Count = items.Length;
            if (modified) throw PyError.ValueError("list modified during sort");
        }
    }

    /// <summary>Sorts `keys` in place, moving `values` (when given) the same way.</summary>
    private static void TimSort(PyObject[] keys, PyObject[]? values)
    {
        int n = keys.Length;
        if (n < 2) return;
        int minRun = MinRunLength(n);
        var runs = new List<(int Start, int Length)>();
        for (int lo = 0; lo < n;)
        {
            int run = CountRun(keys, values, lo, n - lo);
            if (run < minRun)
            {
                int force = Math.Min(minRun, n - lo);
                BinaryInsertion(keys, values, lo, force, run);
                run = force;
            }
            runs.Add((lo, run));
            lo += run;
        }
        while (runs.Count > 1)
        {
            var merged = new List<(int, int)>();
            for (int i = 0; i + 1 < runs.Count; i += 2)
            {
                Merge(keys, values, runs[i].Start, runs[i].Length, runs[i + 1].Length);
                merged.Add((runs[i].Start, runs[i].Length + runs[i + 1].Length));
            }
            if (runs.Count % 2 == 1) merged.Add(runs[^1]);
            runs = merged;
        }
    }

    private static int MinRunLength(int n)
    {
        int r = 0;
        while (n >= MinMerge) { r |= n & 1; n >>= 1; }
        return n + r;
    }

    private static bool Lt(PyObject a, PyObject b) => Ops.LessThan(a, b);

    /// <summary>
    /// Length of the run starting at `lo`: ascending (non-decreasing), or descending with runs of
    /// equal items, which is reversed in place into an ascending one (equal items keep their order).
    /// </summary>
    private static int CountRun(PyObject[] k, PyObject[]? v, int lo, int remaining)
    {
        int n = 1;
        for (; n < remaining; n++)
            if (Lt(k[lo + n], k[lo + n - 1])) break;
        if (n == remaining) return n;
        if (n > 1)
        {
            if (Lt(k[lo], k[lo + n - 1])) return n;
            Reverse(k, v, lo, n);   // all equal so far: reversed, they lead the descending run
        }
        n++;
        int equal = 0;
        for (; n < remaining; n++)
        {
            if (Lt(k[lo + n], k[lo + n - 1]))
                ReverseEqualTail(k, v, lo, n, ref equal);
            else if (Lt(k[lo + n - 1], k[lo + n]))
                break;
            else
                equal++;
        }
        ReverseEqualTail(k, v, lo, n, ref equal);
        Reverse(k, v, lo, n);
        for (; n < remaining; n++)
            if (Lt(k[lo + n], k[lo + n - 1])) break;
        return n;
    }

    /// <summary>The last `equal + 1` items of the first `n` are equal: reverse them so that the final
    /// reversal of the whole descending run restores their original order.</summary>
    private static void ReverseEqualTail(PyObject[] k, PyObject[]? v, int lo, int n, ref int equal)
    {
        if (equal == 0) return;
        Reverse(k, v, lo + n - equal - 1, equal + 1);
        equal = 0;
    }

    private static void Reverse(PyObject[] k, PyObject[]? v, int start, int length)
    {
        Array.Reverse(k, start, length);
        if (v != null) Array.Reverse(v, start, length);
    }

    /// <summary>Extends the sorted prefix of `ok` items of k[lo..lo+n) to all n items.</summary>
    private static void BinaryInsertion(PyObject[] k, PyObject[]? v, int lo, int n, int ok)
    {
        if (ok == 0) ok = 1;
        for (; ok < n; ok++)
        {
            int left = 0, right = ok;
            var pivot = k[lo + ok];
            var pivotValue = v?[lo + ok];
            while (left < right)
            {
                int mid = (left + right) >> 1;
                if (Lt(pivot, k[lo + mid])) right = mid;
                else left = mid + 1;
            }
            Array.Copy(k, lo + left, k, lo + left + 1, ok - left);
            k[lo + left] = pivot;
            if (v != null)
            {
                Array.Copy(v, lo + left, v, lo + left + 1, ok - left);
                v[lo + left] = pivotValue!;
            }
        }
    }

    /// <summary>Stable merge of the adjacent sorted runs k[lo..lo+a) and k[lo+a..lo+a+b).</summary>
    private static void Merge(PyObject[] k, PyObject[]? v, int lo, int a, int b)
    {
        var leftKeys = k[lo..(lo + a)];
        var leftValues = v?[lo..(lo + a)];
        int i = 0, j = lo + a, end = lo + a + b, dest = lo;
        try
        {
            while (i < a && j < end)
            {
                // Take from the right only when strictly smaller: equal items keep their order.
                if (Lt(k[j], leftKeys[i]))
                {
                    if (v != null) v[dest] = v[j];
                    k[dest++] = k[j++];
                }
                else
                {
                    if (v != null) v[dest] = leftValues![i];
                    k[dest++] = leftKeys[i++];
                }
            }
        }
        finally
        {
            // Also when a comparison raised: the rest of the left run goes back, nothing is lost.
            for (; i < a; i++, dest++)
            {
                k[dest] = leftKeys[i];
                if (v != null) v[dest] = leftValues![i];
            }
        }
    }
}
