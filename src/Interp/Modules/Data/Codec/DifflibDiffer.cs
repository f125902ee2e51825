namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>
/// `difflib`'s line-by-line comparison: Differ and ndiff (with the "?" guide lines that mark changed
/// characters inside similar lines), IS_LINE_JUNK and IS_CHARACTER_JUNK. unittest's assertEqual
/// diffs are built on ndiff.
/// </summary>
internal static class DifflibDiffer
{
    public const string Source = """

        import re as _re

        def IS_LINE_JUNK(line, pat=_re.compile(r"\s*(?:#\s*)?$").match):
            return pat(line) is not None

        def IS_CHARACTER_JUNK(ch, ws=" \t"):
            return ch in ws

        def _keep_original_ws(s, tag_s):
            # Tabs and spaces of the line stay in the guide, so the marks line up under a tab.
            return ''.join(c if tag_c == " " and c.isspace() else tag_c for c, tag_c in zip(s, tag_s))

        class Differ:
            def __init__(self, linejunk=None, charjunk=None):
                self.linejunk = linejunk
                self.charjunk = charjunk

            def compare(self, a, b):
                cruncher = SequenceMatcher(self.linejunk, a, b)
                for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
                    if tag == 'replace':
                        g = self._fancy_replace(a, alo, ahi, b, blo, bhi)
                    elif tag == 'delete':
                        g = self._dump('-', a, alo, ahi)
                    elif tag == 'insert':
                        g = self._dump('+', b, blo, bhi)
                    elif tag == 'equal':
                        g = self._dump(' ', a, alo, ahi)
                    else:
                        raise ValueError('unknown tag %r' % (tag,))
                    yield from g

            def _dump(self, tag, x, lo, hi):
                for i in range(lo, hi):
                    yield '%s %s' % (tag, x[i])

            def _plain_replace(self, a, alo, ahi, b, blo, bhi):
                # The shorter block first, as CPython does.
                if bhi - blo < ahi - alo:
                    first = self._dump('+', b, blo, bhi)
                    second = self._dump('-', a, alo, ahi)
                else:
                    first = self._dump('-', a, alo, ahi)
                    second = self._dump('+', b, blo, bhi)
                yield from first
                yield from second

            def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
                # Pair the most similar lines of the two blocks (ratio above 0.75) and mark their
                # differences; blocks with no similar pair are a plain replacement.
                best_ratio, cutoff = 0.74, 0.75
                cruncher = SequenceMatcher(self.charjunk)
                eqi, eqj = None, None
                best_i = best_j = None
                for j in range(blo, bhi):
                    bj = b[j]
                    cruncher.set_seq2(bj)
                    for i in range(alo, ahi):
                        ai = a[i]
                        if ai == bj:
                            if eqi is None:
                                eqi, eqj = i, j
                            continue
                        cruncher.set_seq1(ai)
                        if (cruncher.real_quick_ratio() > best_ratio and
                                cruncher.quick_ratio() > best_ratio and
                                cruncher.ratio() > best_ratio):
                            best_ratio, best_i, best_j = cruncher.ratio(), i, j
                if best_ratio < cutoff:
                    if eqi is None:
                        yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                        return
                    best_i, best_j, best_ratio = eqi, eqj, 1.0
                else:
                    eqi = None
                yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
                aelt, belt = a[best_i], b[best_j]
                if eqi is None:
                    atags = btags = ''
                    cruncher.set_seqs(aelt, belt)
                    for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
                        la, lb = ai2 - ai1, bj2 - bj1
                        if tag == 'replace':
                            atags += '^' * la
                            btags += '^' * lb
                        elif tag == 'delete':
                            atags += '-' * la
                        elif tag == 'insert':
                            btags += '+' * lb
                        elif tag == 'equal':
                            atags += ' ' * la
                            btags += ' ' * lb
                    yield from self._qformat(aelt, belt, atags, btags)
                else:
                    yield '  ' + aelt
                yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

            def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
                if alo < ahi:
                    if blo < bhi:
                        yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
                    else:
                        yield from self._dump('-', a, alo, ahi)
                elif blo < bhi:
                    yield from self._dump('+', b, blo, bhi)

            def _qformat(self, aline, bline, atags, btags):
                atags = _keep_original_ws(aline, atags).rstrip()
                btags = _keep_original_ws(bline, btags).rstrip()
                yield "- " + aline
                if atags:
                    yield f"? {atags}\n"
                yield "+ " + bline
                if btags:
                    yield f"? {btags}\n"

        def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
            return Differ(linejunk, charjunk).compare(a, b)

        def restore(delta, which):
            try:
                tag = {1: "- ", 2: "+ "}[int(which)]
            except KeyError:
                raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
            prefixes = ("  ", tag)
            for line in delta:
                if line[:2] in prefixes:
                    yield line[2:]
        """;
}
