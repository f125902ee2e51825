"""The parser's bookkeeping: the nested dicts being built, and which tables were declared with a
header or are frozen (inline tables and arrays cannot be extended later)."""

FROZEN = 0
EXPLICIT_NEST = 1


class Flags:
    """Flags on table keys (tuples of key parts); a recursive flag covers every key below."""

    def __init__(self):
        self._flags = {}
        self._pending = set()

    def add_pending(self, key, flag):
        self._pending.add((key, flag))

    def finalize_pending(self):
        for key, flag in self._pending:
            self.set(key, flag, recursive=False)
        self._pending.clear()

    def unset_all(self, key):
        table = self._flags
        for part in key[:-1]:
            if part not in table:
                return
            table = table[part]['nested']
        table.pop(key[-1], None)

    def set(self, key, flag, *, recursive):
        table = self._flags
        for part in key:
            if part not in table:
                table[part] = {'flags': set(), 'recursive_flags': set(), 'nested': {}}
            entry = table[part]
            table = entry['nested']
        entry['recursive_flags' if recursive else 'flags'].add(flag)

    def is_(self, key, flag):
        if not key:
            return False
        table = self._flags
        for part in key[:-1]:
            if part not in table:
                return False
            entry = table[part]
            if flag in entry['recursive_flags']:
                return True
            table = entry['nested']
        entry = table.get(key[-1])
        return entry is not None and (flag in entry['flags'] or flag in entry['recursive_flags'])


class NestedDict:
    def __init__(self):
        self.dict = {}

    def get_or_create_nest(self, key, *, access_lists=True):
        """The dict at key, made on the way; in an array of tables, its last table. KeyError when a
        value other than a table is in the way."""
        table = self.dict
        for part in key:
            if part not in table:
                table[part] = {}
            table = table[part]
            if access_lists and isinstance(table, list):
                table = table[-1]
            if not isinstance(table, dict):
                raise KeyError('There is no nest behind this key')
        return table

    def append_nest_to_list(self, key):
        table = self.get_or_create_nest(key[:-1])
        last = key[-1]
        if last in table:
            items = table[last]
            if not isinstance(items, list):
                raise KeyError('An object other than list found behind this key')
            items.append({})
        else:
            table[last] = [{}]
