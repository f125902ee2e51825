"""String constants, capwords, Template ($-substitution) and Formatter."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words, capitalize each word, and join them with sep."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        # A hand-written scanner for $$, $identifier and ${identifier} (ASCII identifiers,
        # case-insensitive like CPython's default pattern).
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            # Slices instead of find/startswith start arguments (not honoured by the engine yet).
            j = t[i:].find(d)
            j = j + i if j >= 0 else -1
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t[k:k + len(d)] == d:
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                end = k + 1
                while end < n and _is_id_char(t[end]):
                    end += 1
                name = t[k + 1:end]
                if name and _is_id_start(name[0]) and end < n and t[end] == '}':
                    out.append(self._lookup(mapping, name, t[j:end + 1], safe))
                    i = end + 1
                    continue
            elif k < n and _is_id_start(t[k]):
                end = k
                while end < n and _is_id_char(t[end]):
                    end += 1
                name = t[k:end]
                out.append(self._lookup(mapping, name, t[j:end], safe))
                i = end
                continue
            if safe:
                out.append(d)
                i = k
                continue
            lineno = t[:j].count('\n') + 1
            colno = len(t[:j].split('\n')[-1]) + 1
            raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')
        return ''.join(out)

    def _lookup(self, mapping, name, original, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return original
        return str(mapping[name])

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._scan(mapping, True)

    def get_identifiers(self):
        ids = []

        class Recorder(dict):
            def __missing__(self, key):
                if key not in ids:
                    ids.append(key)
                return ''
        self._scan(Recorder(), True)
        return ids

    def is_valid(self):
        try:
            self._scan(_AnyMapping(), False)
        except ValueError:
            return False
        return True


class _ChainMap:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class _AnyMapping:
    def __getitem__(self, key):
        return ''


def _parse_format(s):
    """Yields (literal_text, field_name, format_spec, conversion) like _string.formatter_parser."""
    i = 0
    n = len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            conversion = None
            spec = ''
            colon = _find_top(field, ':')
            if colon >= 0:
                field, spec = field[:colon], field[colon + 1:]
            bang = field.find('!')
            if bang >= 0:
                field, conversion = field[:bang], field[bang + 1:]
                if len(conversion) != 1:
                    raise ValueError("expected ':' after conversion specifier")
            yield ''.join(literal), field, spec, conversion
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _find_top(field, ch):
    depth = 0
    for i, c in enumerate(field):
        if c == '[':
            depth += 1
        elif c == ']':
            depth -= 1
        elif c == ch and depth == 0:
            return i
    return -1


class Formatter:
    """The str.format machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from automatic field numbering to manual field specification')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


def _split_field(name):
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
