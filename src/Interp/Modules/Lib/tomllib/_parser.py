"""The TOML parser. Positions move through the source as plain indices; each rule takes the
position where it starts and returns where it stopped (with what it read). Errors name the line and
column where the parser was when it found the problem, as CPython's tomllib reports them."""
import string
from tomllib import _values
from tomllib._namespaces import Flags, NestedDict, FROZEN, EXPLICIT_NEST

_CONTROL = frozenset(chr(i) for i in range(32)) | {chr(127)}
_ILLEGAL_BASIC = _CONTROL - {'\t'}
_ILLEGAL_MULTILINE = _CONTROL - {'\t', '\n'}
_ILLEGAL_COMMENT = _ILLEGAL_BASIC
_WS = frozenset(' \t')
_WS_AND_NEWLINE = frozenset(' \t\n')
_BARE_KEY = frozenset(string.ascii_letters + string.digits + '-_')
_KEY_START = _BARE_KEY | {'"', "'"}
_HEX = frozenset(string.hexdigits)
_ESCAPES = {'\\b': '\b', '\\t': '\t', '\\n': '\n', '\\f': '\f', '\\r': '\r', '\\"': '"', '\\\\': '\\'}


class TOMLDecodeError(ValueError):
    """An error in a TOML document."""


def load(fp, /, *, parse_float=float):
    """Parses a TOML document from a file opened in binary mode."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parses a TOML document from a str."""
    src = s.replace('\r\n', '\n')
    return _Parser(src, _checked_parse_float(parse_float)).document()


def _checked_parse_float(parse_float):
    if parse_float is float:
        return float

    def parse(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError('parse_float must not return dicts or lists')
        return value
    return parse


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float
        self.data = NestedDict()
        self.flags = Flags()

    def error(self, pos, message):
        src = self.src
        if pos >= len(src):
            where = 'end of document'
        else:
            line = src.count('\n', 0, pos) + 1
            column = pos + 1 if line == 1 else pos - src.rindex('\n', 0, pos)
            where = f'line {line}, column {column}'
        return TOMLDecodeError(f'{message} (at {where})')

    def char(self, pos):
        return self.src[pos] if pos < len(self.src) else None

    def skip(self, pos, chars):
        src = self.src
        while pos < len(src) and src[pos] in chars:
            pos += 1
        return pos

    def skip_until(self, pos, expect, illegal, error_at_eof):
        """The position of expect from pos; no character of illegal may come before it."""
        src = self.src
        end = src.find(expect, pos)
        if end < 0:
            end = len(src)
            if error_at_eof:
                raise self.error(end, f'Expected {expect!r}')
        if not illegal.isdisjoint(src[pos:end]):
            while src[pos] not in illegal:
                pos += 1
            raise self.error(pos, f'Found invalid character {src[pos]!r}')
        return end

    def skip_comment(self, pos):
        if self.char(pos) == '#':
            return self.skip_until(pos + 1, '\n', _ILLEGAL_COMMENT, False)
        return pos

    def skip_array_space(self, pos):
        while True:
            before = pos
            pos = self.skip_comment(self.skip(pos, _WS_AND_NEWLINE))
            if pos == before:
                return pos

    # ---- statements --------------------------------------------------------------------------
    def document(self):
        src = self.src
        pos = 0
        header = ()
        while True:
            pos = self.skip(pos, _WS)
            char = self.char(pos)
            if char is None:
                break
            if char == '\n':
                pos += 1
                continue
            if char in _KEY_START:
                pos = self.skip(self.key_value_statement(pos, header), _WS)
            elif char == '[':
                self.flags.finalize_pending()
                if self.char(pos + 1) == '[':
                    pos, header = self.array_table_header(pos)
                else:
                    pos, header = self.table_header(pos)
                pos = self.skip(pos, _WS)
            elif char != '#':
                raise self.error(pos, 'Invalid statement')
            pos = self.skip_comment(pos)
            char = self.char(pos)
            if char is None:
                break
            if char != '\n':
                raise self.error(pos, 'Expected newline or end of document after a statement')
            pos += 1
        return self.data.dict

    def key_value_statement(self, pos, header):
        pos, key, value = self.key_value(pos)
        parent, stem = key[:-1], key[-1]
        for i in range(1, len(key)):
            table = header + key[:i]
            if self.flags.is_(table, EXPLICIT_NEST):
                raise self.error(pos, f'Cannot redefine namespace {table}')
            self.flags.add_pending(table, EXPLICIT_NEST)
        if self.flags.is_(header + parent, FROZEN):
            raise self.error(pos, f'Cannot mutate immutable namespace {header + parent}')
        try:
            nest = self.data.get_or_create_nest(header + parent)
        except KeyError:
            raise self.error(pos, 'Cannot overwrite a value') from None
        if stem in nest:
            raise self.error(pos, 'Cannot overwrite a value')
        if isinstance(value, (dict, list)):
            self.flags.set(header + key, FROZEN, recursive=True)
        nest[stem] = value
        return pos

    def table_header(self, pos):
        pos, key = self.key(self.skip(pos + 1, _WS))
        if self.flags.is_(key, EXPLICIT_NEST) or self.flags.is_(key, FROZEN):
            raise self.error(pos, f'Cannot declare {key} twice')
        self.flags.set(key, EXPLICIT_NEST, recursive=False)
        try:
            self.data.get_or_create_nest(key)
        except KeyError:
            raise self.error(pos, 'Cannot overwrite a value') from None
        if not self.src.startswith(']', pos):
            raise self.error(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_table_header(self, pos):
        pos, key = self.key(self.skip(pos + 2, _WS))
        if self.flags.is_(key, FROZEN):
            raise self.error(pos, f'Cannot mutate immutable namespace {key}')
        # A new element of the array: what was declared in the previous one does not apply to it.
        self.flags.unset_all(key)
        self.flags.set(key, EXPLICIT_NEST, recursive=False)
        try:
            self.data.append_nest_to_list(key)
        except KeyError:
            raise self.error(pos, 'Cannot overwrite a value') from None
        if not self.src.startswith(']]', pos):
            raise self.error(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    # ---- keys --------------------------------------------------------------------------------
    def key_value(self, pos):
        pos, key = self.key(pos)
        if self.char(pos) != '=':
            raise self.error(pos, "Expected '=' after a key in a key/value pair")
        pos, value = self.value(self.skip(pos + 1, _WS))
        return pos, key, value

    def key(self, pos):
        pos, part = self.key_part(pos)
        key = (part,)
        pos = self.skip(pos, _WS)
        while self.char(pos) == '.':
            pos, part = self.key_part(self.skip(pos + 1, _WS))
            key += (part,)
            pos = self.skip(pos, _WS)
        return pos, key

    def key_part(self, pos):
        char = self.char(pos)
        if char in _BARE_KEY:
            end = self.skip(pos, _BARE_KEY)
            return end, self.src[pos:end]
        if char == "'":
            return self.literal_string(pos)
        if char == '"':
            return self.basic_string(pos + 1, multiline=False)
        raise self.error(pos, 'Invalid initial character for a key part')

    # ---- values ------------------------------------------------------------------------------
    def value(self, pos):
        src = self.src
        char = self.char(pos)
        if char == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(pos, literal=False)
            return self.basic_string(pos + 1, multiline=False)
        if char == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(pos, literal=True)
            return self.literal_string(pos)
        if char == 't' and src.startswith('true', pos):
            return pos + 4, True
        if char == 'f' and src.startswith('false', pos):
            return pos + 5, False
        if char == '[':
            return self.array(pos)
        if char == '{':
            return self.inline_table(pos)
        match = _values.DATETIME.match(src, pos)
        if match:
            try:
                return match.end(), _values.to_datetime(match)
            except ValueError as e:
                raise self.error(pos, 'Invalid date or datetime') from e
        match = _values.LOCAL_TIME.match(src, pos)
        if match:
            return match.end(), _values.to_time(match)
        # Dates start with digits too, so numbers are tried after them.
        match = _values.NUMBER.match(src, pos)
        if match:
            return match.end(), _values.to_number(match, self.parse_float)
        if src[pos:pos + 3] in ('inf', 'nan'):
            return pos + 3, self.parse_float(src[pos:pos + 3])
        if src[pos:pos + 4] in ('-inf', '+inf', '-nan', '+nan'):
            return pos + 4, self.parse_float(src[pos:pos + 4])
        raise self.error(pos, 'Invalid value')

    def array(self, pos):
        items = []
        pos = self.skip_array_space(pos + 1)
        if self.src.startswith(']', pos):
            return pos + 1, items
        while True:
            pos, item = self.value(pos)
            items.append(item)
            pos = self.skip_array_space(pos)
            char = self.src[pos:pos + 1]
            if char == ']':
                return pos + 1, items
            if char != ',':
                raise self.error(pos, 'Unclosed array')
            pos = self.skip_array_space(pos + 1)
            if self.src.startswith(']', pos):
                return pos + 1, items

    def inline_table(self, pos):
        table = NestedDict()
        flags = Flags()
        pos = self.skip(pos + 1, _WS)
        if self.src.startswith('}', pos):
            return pos + 1, table.dict
        while True:
            pos, key, value = self.key_value(pos)
            parent, stem = key[:-1], key[-1]
            if flags.is_(key, FROZEN):
                raise self.error(pos, f'Cannot mutate immutable namespace {key}')
            try:
                nest = table.get_or_create_nest(parent, access_lists=False)
            except KeyError:
                raise self.error(pos, 'Cannot overwrite a value') from None
            if stem in nest:
                raise self.error(pos, f'Duplicate inline table key {stem!r}')
            nest[stem] = value
            pos = self.skip(pos, _WS)
            char = self.src[pos:pos + 1]
            if char == '}':
                return pos + 1, table.dict
            if char != ',':
                raise self.error(pos, 'Unclosed inline table')
            if isinstance(value, (dict, list)):
                flags.set(key, FROZEN, recursive=True)
            pos = self.skip(pos + 1, _WS)

    # ---- strings -----------------------------------------------------------------------------
    def literal_string(self, pos):
        start = pos + 1
        end = self.skip_until(start, "'", _ILLEGAL_BASIC, True)
        return end + 1, self.src[start:end]

    def multiline_string(self, pos, literal):
        pos += 3
        if self.src.startswith('\n', pos):
            pos += 1  # A newline right after the opening quotes is not part of the string.
        if literal:
            quote = "'"
            end = self.skip_until(pos, "'''", _ILLEGAL_MULTILINE, True)
            text = self.src[pos:end]
            pos = end + 3
        else:
            quote = '"'
            pos, text = self.basic_string(pos, multiline=True)
        # Up to two quotes right before the closing three belong to the string.
        for _ in range(2):
            if not self.src.startswith(quote, pos):
                break
            text += quote
            pos += 1
        return pos, text

    def basic_string(self, pos, multiline):
        """The string from pos (after the opening quote or quotes) to its closing quote(s)."""
        src = self.src
        illegal = _ILLEGAL_MULTILINE if multiline else _ILLEGAL_BASIC
        parts = []
        start = pos
        while True:
            char = self.char(pos)
            if char is None:
                raise self.error(pos, 'Unterminated string')
            if char == '"':
                if not multiline:
                    return pos + 1, ''.join(parts) + src[start:pos]
                if src.startswith('"""', pos):
                    return pos + 3, ''.join(parts) + src[start:pos]
                pos += 1
            elif char == '\\':
                parts.append(src[start:pos])
                pos, text = self.escape(pos, multiline)
                parts.append(text)
                start = pos
            elif char in illegal:
                raise self.error(pos, f'Illegal character {char!r}')
            else:
                pos += 1

    def escape(self, pos, multiline):
        src = self.src
        escape = src[pos:pos + 2]
        pos += 2
        if multiline and escape in ('\\ ', '\\\t', '\\\n'):
            # A line-ending backslash: the newline and the whitespace after it vanish.
            if escape != '\\\n':
                pos = self.skip(pos, _WS)
                char = self.char(pos)
                if char is None:
                    return pos, ''
                if char != '\n':
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _WS_AND_NEWLINE), ''
        if escape in ('\\u', '\\U'):
            length = 4 if escape == '\\u' else 8
            digits = src[pos:pos + length]
            if len(digits) != length or not _HEX.issuperset(digits):
                raise self.error(pos, 'Invalid hex value')
            pos += length
            code = int(digits, 16)
            if not (0 <= code <= 0xd7ff or 0xe000 <= code <= 0x10ffff):
                raise self.error(pos, 'Escaped character is not a Unicode scalar value')
            return pos, chr(code)
        if escape in _ESCAPES:
            return pos, _ESCAPES[escape]
        raise self.error(pos, "Unescaped '\\' in a string")
