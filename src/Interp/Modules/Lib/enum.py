"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (the common surface)."""

import builtins as _builtins
from types import MappingProxyType as _MappingProxyType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'member', 'nonmember', 'verify', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE']


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = f'_{cls_name}__'
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _is_member_candidate(cls_name, key, value):
    return not (_is_dunder(key) or _is_sunder(key) or _is_descriptor(value) or _is_private(cls_name, key))


class _EnumDict(dict):
    """The class body's namespace: auto() values are resolved as they are assigned (so later
    members can compute with them, e.g. RW = R | W) and a member name cannot be reused."""

    def __init__(self, cls_name, bases):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._generate = None
        for base in bases:
            for b in base.__mro__:
                if '_generate_next_value_' in b.__dict__:
                    self._generate = getattr(b, '_generate_next_value_')
                    break
            if self._generate is not None:
                break

    def __setitem__(self, key, value):
        if key == '_ignore_':
            self._ignore = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
        elif key == '_generate_next_value_':
            if self._member_names:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member) or _is_member_candidate(self._cls_name, key, value):
            if isinstance(value, member):
                value = value.value
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, auto) and value.value is None and self._generate is not None:
                value.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
            if isinstance(value, auto) and value.value is not None:
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _EnumDict(cls, bases)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_type, first_enum = metacls._get_mixins_(bases, cls)
        ignored = getattr(classdict, '_ignore', [])
        for key in ignored:
            classdict.pop(key, None)
        classdict.pop('_ignore_', None)
        tracked = getattr(classdict, '_member_names', None)
        classdict = dict(classdict)
        if tracked is not None:
            names = [k for k in tracked if k in classdict]
        else:
            names = [k for k, v in classdict.items() if _is_member_candidate(cls, k, v)]
        members = {k: classdict[k] for k in names}
        for k in names:
            del classdict[k]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        if member_type is not object:
            # Mixed-in data types (int, str) come first in the MRO; the enum's own methods still
            # win (ReprEnum subclasses such as IntEnum define the data type's str themselves).
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                for base in enum_class.__mro__[1:]:
                    if isinstance(base, EnumType) and name in base.__dict__:
                        type.__setattr__(enum_class, name, base.__dict__[name])
                        break
        if Flag is not None and issubclass(enum_class, Flag):
            # Flag's operators win over a mixed-in int's (IntFlag.A | 8 is an IntFlag).
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__', '__contains__', '__iter__', '__len__', '__bool__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type
        if boundary is not None:
            enum_class._boundary_ = boundary
        gen = getattr(enum_class, '_generate_next_value_')
        # A __new__ written in the class body (or an enum base's) makes the members.
        new_member = classdict.get('__new__')
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is None:
            new_member = next((b.__dict__['__new_member__'] for b in enum_class.__mro__[1:]
                               if '__new_member__' in b.__dict__), None)
        else:
            type.__setattr__(enum_class, '__new_member__', new_member)
        last_values = []
        for name in names:
            value = members[name]
            if isinstance(value, auto):
                if value.value is None:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if new_member is not None:
                member = new_member(enum_class, *args)
                if not hasattr(member, '_value_'):
                    member._value_ = value if member_type is object else member_type(*args)
                value = member._value_
            elif member_type is object:
                member = object.__new__(enum_class)
                member._value_ = value
            else:
                member = member_type.__new__(enum_class, *args)
                member._value_ = value if not hasattr(member, '_value_') else member._value_
            if '__init__' in enum_class.__dict__ or any('__init__' in b.__dict__ for b in bases if b is not Enum and issubclass(b, Enum)):
                member.__init__(*args)
            member._name_ = name
            member.__objclass__ = enum_class
            member._sort_order_ = len(enum_class._member_names_)
            canonical = enum_class._value2member_map_.get(value) if _hashable(value) else None
            if canonical is not None:
                enum_class._member_map_[name] = canonical
            else:
                # A Flag's multi-bit and zero members are named aliases: not iterated, not counted.
                if not (Flag is not None and issubclass(enum_class, Flag)) or _is_single_bit(value):
                    enum_class._member_names_.append(name)
                enum_class._member_map_[name] = member
                if _hashable(value):
                    enum_class._value2member_map_.setdefault(value, member)
            type.__setattr__(enum_class, name, enum_class._member_map_[name])
        return enum_class

    @classmethod
    def _get_mixins_(metacls, bases, class_name=None):
        member_type = object
        first_enum = None
        for base in bases:
            for b in base.__mro__:
                if isinstance(b, EnumType):
                    if first_enum is None:
                        first_enum = b
                    if getattr(b, '_member_names_', None):
                        raise TypeError(f"<enum {class_name or base.__name__!r}> cannot extend {b!r}")
                    continue
                if b is not object:
                    member_type = b
                    break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new_member_lookup(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """The functional API: Enum('Color', 'RED GREEN') or with a list, pairs or a mapping."""
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif names is None:
            names = ()
        items = names.items() if hasattr(names, 'items') else names
        classdict = {}
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        classdict['__module__'] = module if module is not None else __name__
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __new_member_lookup(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_ or any(m._value_ == value for m in cls._member_map_.values())

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                       '__members__', '__module__', '__name__', '__qualname__', *cls._member_names_}
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return _MappingProxyType(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot delete member {name!r}')
        super().__delattr__(name)


EnumMeta = EnumType
_builtin_bin = _builtins.bin
Flag = None


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def bin(num, max_bits=None):
    """Like built-in bin(), but the sign is a separate bit group: 0b0 0101, 0b1 1011 (two's complement)."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f"{sign} {digits}"


def _hashable(value):
    try:
        hash(value)
        return True
    except TypeError:
        return False


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ is not object else repr
        if self._name_ is None:
            return f"<{self.__class__.__name__}: {v_repr(self._value_)}>"
        return f"<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        if self._name_ is None:
            return f"{self.__class__.__name__}({self._value_!r})"
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)


class Flag(Enum):
    """Support for bit flags."""

    _boundary_ = 'strict'

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** high.bit_length()

    @classmethod
    def _flag_mask(cls):
        mask = 0
        for m in cls._member_map_.values():
            mask |= m._value_
        return mask

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask()
        all_bits = 2 ** flag_mask.bit_length() - 1
        boundary = cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary == 'strict':
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given {bin(value, max_bits)}\n"
                                 f"  allowed {bin(flag_mask, max_bits)}")
            if boundary == 'conform':
                value &= flag_mask
            elif boundary == 'eject':
                return value
        if value < 0:
            value = all_bits + 1 + value
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_]
        unknown = value & ~flag_mask
        if unknown:
            names.append(repr(unknown))
        pseudo._name_ = '|'.join(names) if names and (not unknown or len(names) > 1) else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._boundary_ in ('eject', 'keep'):
            return self.__class__(~self._value_)
        singles = 0
        for m in self.__class__:
            singles |= m._value_
        return self.__class__(singles & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    _boundary_ = 'keep'

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        alias_details = ', '.join([f"{alias} -> {name}" for (alias, name) in duplicates])
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


class FlagBoundary(StrEnum):
    """How a Flag treats values with bits outside its members."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints (UNIQUE, CONTINUOUS, NAMED_FLAGS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
                if aliases:
                    details = ', '.join(f"{alias} -> {name}" for alias, name in aliases)
                    raise ValueError(f'aliases found in {enumeration!r}: {details}')
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if issubclass(enumeration, Flag):
                    low, high = low.bit_length() - 1, high.bit_length() - 1
                    missing = [2 ** i for i in range(low + 1, high) if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
                    raise ValueError(f'invalid {kind} {cls_name!r}: missing values '
                                     f'{", ".join(str(v) for v in missing)}')
            elif check is NAMED_FLAGS:
                member_values = {m.value for m in enumeration}
                missed = set()
                for name, alias in enumeration._member_map_.items():
                    if name in enumeration._member_names_:
                        continue
                    value = alias.value
                    if value < 0:
                        continue
                    bits = {1 << i for i in range(value.bit_length()) if value & (1 << i)}
                    missed |= {b for b in bits if b not in member_values}
                if missed:
                    missing = ', '.join(f"0x{v:02x}" for v in sorted(missed))
                    raise ValueError(f'invalid Flag {cls_name!r}: missing values {missing}')
        return enumeration
