namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>
/// `difflib` basics in Python: SequenceMatcher (longest-match recursion with junk and the popular-
/// element heuristic, same tie-breaking as CPython), get_close_matches, unified_diff, context_diff;
/// Differ and ndiff are in <see cref="DifflibDiffer"/>.
/// </summary>
internal static class DifflibModule
{
    public static readonly GilGrid.Interp.Runtime.NativeModuleDef Def = new("difflib", (interp, m) => ModuleKit.RunPython(interp, m, Source + DifflibDiffer.Source));

    private const string Source = """
        class Match(tuple):
            __module__ = 'difflib'

            def __new__(cls, a, b, size):
                return tuple.__new__(cls, (a, b, size))

            a = property(lambda self: self[0])
            b = property(lambda self: self[1])
            size = property(lambda self: self[2])

            def __repr__(self):
                return f'Match(a={self[0]!r}, b={self[1]!r}, size={self[2]!r})'


        class SequenceMatcher:
            __module__ = 'difflib'

            def __init__(self, isjunk=None, a='', b='', autojunk=True):
                self.isjunk = isjunk
                self.a = self.b = None
                self.autojunk = autojunk
                self.set_seqs(a, b)

            def set_seqs(self, a, b):
                self.set_seq1(a)
                self.set_seq2(b)

            def set_seq1(self, a):
                if a is self.a:
                    return
                self.a = a
                self.matching_blocks = self.opcodes = None

            def set_seq2(self, b):
                if b is self.b:
                    return
                self.b = b
                self.matching_blocks = self.opcodes = None
                self.fullbcount = None
                self._index_b()

            def _index_b(self):
                b = self.b
                self.b2j = b2j = {}
                for i, elt in enumerate(b):
                    b2j.setdefault(elt, []).append(i)
                self.bjunk = junk = set()
                if self.isjunk:
                    for elt in list(b2j):
                        if self.isjunk(elt):
                            junk.add(elt)
                    for elt in junk:
                        del b2j[elt]
                self.bpopular = popular = set()
                n = len(b)
                if self.autojunk and n >= 200:
                    ntest = n // 100 + 1
                    for elt, idxs in list(b2j.items()):
                        if len(idxs) > ntest:
                            popular.add(elt)
                    for elt in popular:
                        del b2j[elt]

            def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
                a, b, b2j, isbjunk = self.a, self.b, self.b2j, self.bjunk.__contains__
                if ahi is None:
                    ahi = len(a)
                if bhi is None:
                    bhi = len(b)
                besti, bestj, bestsize = alo, blo, 0
                j2len = {}
                for i in range(alo, ahi):
                    newj2len = {}
                    for j in b2j.get(a[i], ()):
                        if j < blo:
                            continue
                        if j >= bhi:
                            break
                        k = newj2len[j] = j2len.get(j - 1, 0) + 1
                        if k > bestsize:
                            besti, bestj, bestsize = i - k + 1, j - k + 1, k
                    j2len = newj2len
                # Extend the match with equal non-junk neighbours, then with junk ones.
                while besti > alo and bestj > blo and not isbjunk(b[bestj - 1]) and a[besti - 1] == b[bestj - 1]:
                    besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
                while besti + bestsize < ahi and bestj + bestsize < bhi and not isbjunk(b[bestj + bestsize]) and a[besti + bestsize] == b[bestj + bestsize]:
                    bestsize += 1
                while besti > alo and bestj > blo and isbjunk(b[bestj - 1]) and a[besti - 1] == b[bestj - 1]:
                    besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
                while besti + bestsize < ahi and bestj + bestsize < bhi and isbjunk(b[bestj + bestsize]) and a[besti + bestsize] == b[bestj + bestsize]:
                    bestsize = bestsize + 1
                return Match(besti, bestj, bestsize)

            def get_matching_blocks(self):
                if self.matching_blocks is not None:
                    return self.matching_blocks
                la, lb = len(self.a), len(self.b)
                queue = [(0, la, 0, lb)]
                blocks = []
                while queue:
                    alo, ahi, blo, bhi = queue.pop()
                    i, j, k = x = self.find_longest_match(alo, ahi, blo, bhi)
                    if k:
                        blocks.append(x)
                        if alo < i and blo < j:
                            queue.append((alo, i, blo, j))
                        if i + k < ahi and j + k < bhi:
                            queue.append((i + k, ahi, j + k, bhi))
                blocks.sort()
                i1 = j1 = k1 = 0
                merged = []
                for i2, j2, k2 in blocks:
                    if i1 + k1 == i2 and j1 + k1 == j2:
                        k1 += k2
                    else:
                        if k1:
                            merged.append((i1, j1, k1))
                        i1, j1, k1 = i2, j2, k2
                if k1:
                    merged.append((i1, j1, k1))
                merged.append((la, lb, 0))
                self.matching_blocks = [Match(*t) for t in merged]
                return self.matching_blocks

            def get_opcodes(self):
                if self.opcodes is not None:
                    return self.opcodes
                i = j = 0
                self.opcodes = answer = []
                for ai, bj, size in self.get_matching_blocks():
                    tag = ''
                    if i < ai and j < bj:
                        tag = 'replace'
                    elif i < ai:
                        tag = 'delete'
                    elif j < bj:
                        tag = 'insert'
                    if tag:
                        answer.append((tag, i, ai, j, bj))
                    i, j = ai + size, bj + size
                    if size:
                        answer.append(('equal', ai, i, bj, j))
                return answer

            def get_grouped_opcodes(self, n=3):
                codes = self.get_opcodes()
                if not codes:
                    codes = [('equal', 0, 1, 0, 1)]
                if codes[0][0] == 'equal':
                    tag, i1, i2, j1, j2 = codes[0]
                    codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
                if codes[-1][0] == 'equal':
                    tag, i1, i2, j1, j2 = codes[-1]
                    codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
                nn = n + n
                group = []
                for tag, i1, i2, j1, j2 in codes:
                    if tag == 'equal' and i2 - i1 > nn:
                        group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                        yield group
                        group = []
                        i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
                    group.append((tag, i1, i2, j1, j2))
                if group and not (len(group) == 1 and group[0][0] == 'equal'):
                    yield group

            def ratio(self):
                matches = sum(t[-1] for t in self.get_matching_blocks())
                return _ratio(matches, len(self.a) + len(self.b))

            def quick_ratio(self):
                if self.fullbcount is None:
                    self.fullbcount = fullbcount = {}
                    for elt in self.b:
                        fullbcount[elt] = fullbcount.get(elt, 0) + 1
                fullbcount = self.fullbcount
                avail = {}
                matches = 0
                for elt in self.a:
                    numb = avail[elt] if elt in avail else fullbcount.get(elt, 0)
                    avail[elt] = numb - 1
                    if numb > 0:
                        matches = matches + 1
                return _ratio(matches, len(self.a) + len(self.b))

            def real_quick_ratio(self):
                la, lb = len(self.a), len(self.b)
                return _ratio(min(la, lb), la + lb)


        def _ratio(matches, length):
            return 2.0 * matches / length if length else 1.0


        def get_close_matches(word, possibilities, n=3, cutoff=0.6):
            if not n > 0:
                raise ValueError('n must be > 0: %r' % (n,))
            if not 0.0 <= cutoff <= 1.0:
                raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
            result = []
            s = SequenceMatcher()
            s.set_seq2(word)
            for x in possibilities:
                s.set_seq1(x)
                if s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and s.ratio() >= cutoff:
                    result.append((s.ratio(), x))
            result.sort(reverse=True)
            return [x for score, x in result[:n]]


        def _format_range_unified(start, stop):
            beginning = start + 1
            length = stop - start
            if length == 1:
                return '{}'.format(beginning)
            if not length:
                beginning -= 1
            return '{},{}'.format(beginning, length)


        def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
            started = False
            for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
                if not started:
                    started = True
                    fromdate = '\t{}'.format(fromfiledate) if fromfiledate else ''
                    todate = '\t{}'.format(tofiledate) if tofiledate else ''
                    yield '--- {}{}{}'.format(fromfile, fromdate, lineterm)
                    yield '+++ {}{}{}'.format(tofile, todate, lineterm)
                first, last = group[0], group[-1]
                file1_range = _format_range_unified(first[1], last[2])
                file2_range = _format_range_unified(first[3], last[4])
                yield '@@ -{} +{} @@{}'.format(file1_range, file2_range, lineterm)
                for tag, i1, i2, j1, j2 in group:
                    if tag == 'equal':
                        for line in a[i1:i2]:
                            yield ' ' + line
                        continue
                    if tag in ('replace', 'delete'):
                        for line in a[i1:i2]:
                            yield '-' + line
                    if tag in ('replace', 'insert'):
                        for line in b[j1:j2]:
                            yield '+' + line


        def _format_range_context(start, stop):
            beginning = start + 1
            length = stop - start
            if not length:
                beginning -= 1
            if length <= 1:
                return '{}'.format(beginning)
            return '{},{}'.format(beginning, beginning + length - 1)


        def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
            prefix = dict(insert='+ ', delete='- ', replace='! ', equal='  ')
            started = False
            for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
                if not started:
                    started = True
                    fromdate = '\t{}'.format(fromfiledate) if fromfiledate else ''
                    todate = '\t{}'.format(tofiledate) if tofiledate else ''
                    yield '*** {}{}{}'.format(fromfile, fromdate, lineterm)
                    yield '--- {}{}{}'.format(tofile, todate, lineterm)
                first, last = group[0], group[-1]
                yield '***************' + lineterm
                file1_range = _format_range_context(first[1], last[2])
                yield '*** {} ****{}'.format(file1_range, lineterm)
                if any(tag in ('replace', 'delete') for tag, _, _, _, _ in group):
                    for tag, i1, i2, _, _ in group:
                        if tag != 'insert':
                            for line in a[i1:i2]:
                                yield prefix[tag] + line
                file2_range = _format_range_context(first[3], last[4])
                yield '--- {} ----{}'.format(file2_range, lineterm)
                if any(tag in ('replace', 'insert') for tag, _, _, _, _ in group):
                    for tag, _, _, j1, j2 in group:
                        if tag != 'delete':
                            for line in b[j1:j2]:
                                yield prefix[tag] + line
        """;
}
