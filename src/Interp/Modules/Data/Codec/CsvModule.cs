namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>`csv` in Python: CPython's reader state machine and writer quoting rules, dialects, DictReader/DictWriter.</summary>
internal static class CsvModule
{
    public static readonly GilGrid.Interp.Runtime.NativeModuleDef Def = new("csv", (interp, m) => ModuleKit.RunPython(interp, m, Source));

    private const string Source = """
        QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)
        __version__ = '1.0'


        class Error(Exception):
            __module__ = '_csv'


        class Dialect:
            __module__ = 'csv'
            delimiter = ','
            quotechar = '"'
            escapechar = None
            doublequote = True
            skipinitialspace = False
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
            strict = False

            def __init__(self):
                pass


        class excel(Dialect):
            pass


        class excel_tab(excel):
            delimiter = '\t'


        class unix_dialect(Dialect):
            lineterminator = '\n'
            quoting = QUOTE_ALL


        _dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


        def register_dialect(name, dialect=None, **fmtparams):
            _dialects[name] = _Params(dialect or excel, fmtparams)


        def unregister_dialect(name):
            if name not in _dialects:
                raise Error('unknown dialect')
            del _dialects[name]


        def get_dialect(name):
            if name not in _dialects:
                raise Error('unknown dialect')
            return _dialects[name]


        def list_dialects():
            return list(_dialects)


        class _Params:
            def __init__(self, dialect, fmtparams):
                if isinstance(dialect, str):
                    dialect = get_dialect(dialect)
                for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                             'lineterminator', 'quoting', 'strict'):
                    setattr(self, name, fmtparams.pop(name, getattr(dialect, name)))
                if fmtparams:
                    raise TypeError(f"'{next(iter(fmtparams))}' is an invalid keyword argument for this function")
                if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
                    raise TypeError('"delimiter" must be a 1-character string')
                if self.quotechar is not None and (not isinstance(self.quotechar, str) or len(self.quotechar) != 1):
                    raise TypeError('"quotechar" must be a 1-character string')
                if self.quoting != QUOTE_NONE and self.quotechar is None:
                    raise TypeError('quotechar must be set if quoting enabled')
                if not isinstance(self.lineterminator, str):
                    raise TypeError('"lineterminator" must be a string')


        class _Reader:
            def __init__(self, lines, d):
                self._lines = iter(lines)
                self.dialect = d
                self.line_num = 0

            def __iter__(self):
                return self

            def __next__(self):
                d = self.dialect
                row = []
                field = []
                state = 'start'
                quoted = False
                while True:
                    line = next(self._lines) if state == 'start' else self._continue(row, field, quoted)
                    if line is None:
                        break
                    if not isinstance(line, str):
                        raise Error(f'iterator should return strings, not {type(line).__name__} (the file should be opened in text mode)')
                    self.line_num += 1
                    if state == 'start' and line in ('', '\n', '\r\n', '\r'):
                        return []
                    state, quoted = self._parse(line, row, field, 'field_start' if state == 'start' else state, quoted)
                    if state == 'done':
                        return row
                # The data ended inside a quoted field (allowed unless strict).
                return self._finish(row, field, quoted)

            def _continue(self, row, field, quoted):
                try:
                    return next(self._lines)
                except StopIteration:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    return None

            def _finish(self, row, field, quoted):
                self._end_field(row, field, quoted)
                return row

            def _end_field(self, row, field, quoted):
                s = ''.join(field)
                field.clear()
                if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and s:
                    s = float(s)
                elif self.dialect.quoting in (QUOTE_STRINGS, QUOTE_NOTNULL) and not quoted and s == '':
                    s = None
                row.append(s)

            def _parse(self, line, row, field, state, quoted):
                d = self.dialect
                i = 0
                n = len(line)
                while i < n:
                    c = line[i]
                    if state == 'field_start':
                        quoted = False
                        if c in '\r\n':
                            self._end_field(row, field, quoted)
                            return 'done', quoted
                        if c == d.quotechar and d.quoting != QUOTE_NONE:
                            quoted = True
                            state = 'in_quoted'
                        elif c == d.escapechar:
                            state = 'escape'
                        elif c == ' ' and d.skipinitialspace:
                            pass
                        elif c == d.delimiter:
                            self._end_field(row, field, quoted)
                        else:
                            field.append(c)
                            state = 'in_field'
                    elif state == 'in_field':
                        if c in '\r\n':
                            self._end_field(row, field, quoted)
                            return 'done', quoted
                        if c == d.escapechar:
                            state = 'escape'
                        elif c == d.delimiter:
                            self._end_field(row, field, quoted)
                            state = 'field_start'
                        else:
                            field.append(c)
                    elif state == 'escape':
                        field.append(c)
                        state = 'in_field'
                    elif state == 'quoted_escape':
                        field.append(c)
                        state = 'in_quoted'
                    elif state == 'in_quoted':
                        if c == d.escapechar:
                            state = 'quoted_escape'
                        elif c == d.quotechar:
                            state = 'quote_in_quoted' if d.doublequote else 'in_field'
                        else:
                            field.append(c)
                    elif state == 'quote_in_quoted':
                        if c == d.quotechar:
                            field.append(c)
                            state = 'in_quoted'
                        elif c == d.delimiter:
                            self._end_field(row, field, quoted)
                            state = 'field_start'
                        elif c in '\r\n':
                            self._end_field(row, field, quoted)
                            return 'done', quoted
                        elif d.strict:
                            raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
                        else:
                            field.append(c)
                            state = 'in_field'
                    i += 1
                if state in ('in_quoted', 'quoted_escape', 'escape'):
                    return state, quoted
                self._end_field(row, field, quoted)
                return 'done', quoted


        def reader(csvfile, dialect='excel', **fmtparams):
            try:
                lines = iter(csvfile)
            except TypeError:
                raise TypeError('argument 1 must be an iterator') from None
            return _Reader(lines, _Params(dialect, fmtparams))


        class _Writer:
            def __init__(self, f, d):
                self._write = f.write
                self.dialect = d

            def _quote(self, field):
                d = self.dialect
                if field is None:
                    s = ''
                elif isinstance(field, float):
                    s = repr(field)
                else:
                    s = str(field)
                q = d.quoting
                if q == QUOTE_ALL:
                    need = True
                elif q == QUOTE_NONNUMERIC:
                    need = not isinstance(field, (int, float))
                elif q == QUOTE_STRINGS:
                    need = isinstance(field, str)
                elif q == QUOTE_NOTNULL:
                    need = field is not None
                else:
                    need = False
                special = d.delimiter + '\r\n' + (d.quotechar or '') + (d.escapechar or '') + d.lineterminator
                out = []
                for c in s:
                    if c in special:
                        if q == QUOTE_NONE or (c == d.escapechar):
                            if d.escapechar is None:
                                raise Error('need to escape, but no escapechar set')
                            out.append(d.escapechar)
                        elif c == d.quotechar:
                            if d.doublequote:
                                out.append(d.quotechar)
                                need = True
                            elif d.escapechar is not None:
                                out.append(d.escapechar)
                            else:
                                raise Error('need to escape, but no escapechar set')
                        else:
                            need = True
                    out.append(c)
                s = ''.join(out)
                if need and q != QUOTE_NONE:
                    s = d.quotechar + s + d.quotechar
                return s

            def writerow(self, row):
                try:
                    items = list(row)
                except TypeError:
                    raise Error(f'iterable expected, not {type(row).__name__}') from None
                d = self.dialect
                if len(items) == 1 and (items[0] == '' or items[0] is None):
                    if d.quoting == QUOTE_NONE:
                        raise Error('single empty field record must be quoted')
                    line = d.quotechar * 2
                else:
                    line = d.delimiter.join(self._quote(f) for f in items)
                return self._write(line + d.lineterminator)

            def writerows(self, rows):
                for row in rows:
                    self.writerow(row)


        def writer(csvfile, dialect='excel', **fmtparams):
            if not hasattr(csvfile, 'write'):
                raise TypeError('argument 1 must have a "write" method')
            return _Writer(csvfile, _Params(dialect, fmtparams))


        class DictReader:
            __module__ = 'csv'

            def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
                self._fieldnames = fieldnames
                self.restkey = restkey
                self.restval = restval
                self.reader = reader(f, dialect, *args, **kwds)
                self.dialect = dialect
                self.line_num = 0

            def __iter__(self):
                return self

            @property
            def fieldnames(self):
                if self._fieldnames is None:
                    try:
                        self._fieldnames = next(self.reader)
                    except StopIteration:
                        pass
                self.line_num = self.reader.line_num
                return self._fieldnames

            @fieldnames.setter
            def fieldnames(self, value):
                self._fieldnames = value

            def __next__(self):
                if self.line_num == 0:
                    self.fieldnames
                row = next(self.reader)
                self.line_num = self.reader.line_num
                while row == []:
                    row = next(self.reader)
                d = dict(zip(self.fieldnames, row))
                lf = len(self.fieldnames)
                lr = len(row)
                if lf < lr:
                    d[self.restkey] = row[lf:]
                elif lf > lr:
                    for key in self.fieldnames[lr:]:
                        d[key] = self.restval
                return d


        class DictWriter:
            __module__ = 'csv'

            def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
                if fieldnames is not None and iter(fieldnames) is fieldnames:
                    fieldnames = list(fieldnames)
                self.fieldnames = fieldnames
                self.restval = restval
                if extrasaction.lower() not in ('raise', 'ignore'):
                    raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
                self.extrasaction = extrasaction
                self.writer = writer(f, dialect, *args, **kwds)

            def writeheader(self):
                return self.writer.writerow(self.fieldnames)

            def _dict_to_list(self, rowdict):
                if self.extrasaction == 'raise':
                    wrong = [k for k in rowdict if k not in self.fieldnames]
                    if wrong:
                        raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong]))
                return (rowdict.get(key, self.restval) for key in self.fieldnames)

            def writerow(self, rowdict):
                return self.writer.writerow(self._dict_to_list(rowdict))

            def writerows(self, rowdicts):
                return self.writer.writerows(map(self._dict_to_list, rowdicts))
        """;
}
