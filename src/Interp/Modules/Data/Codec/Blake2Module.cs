using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>The state of one BLAKE2 hash, opaque to Python.</summary>
internal sealed class PyBlake2State(PyType type, Blake2 state) : PyObject(type)
{
    public readonly Blake2 State = state;
}

/// <summary>
/// `_blake2`: the blake2b and blake2s hash types (hashlib.blake2b, hashlib.blake2s). The hashing is
/// native (Blake2); the constructor's keyword parameters and their checks are a Python class.
/// </summary>
internal static class Blake2Module
{
    public static readonly NativeModuleDef Def = new("_blake2", Exec);

    private static readonly PyType StateType = MakeStateType();

    private static PyType MakeStateType()
    {
        var t = new PyType(Types.Type, "blake2_state", [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("_blake2");
        t.IsImmutable = true;
        return t;
    }

    private static Blake2 StateOf(PyObject o) =>
        o is PyBlake2State s ? s.State : throw PyError.TypeError("expected a blake2 state");

    private static void Exec(Interpreter interp, PyModule m)
    {
        ModuleKit.Fn(m, "_new_state", (self, args, kw) =>
        {
            ArgCheck.Count("_new_state", args, 12, 12);
            var p = new Blake2.Parameters(
                DigestSize: (int)Ops.Index(args[1]).ToInt64(),
                Key: BinasciiModule.Data(args[2], false, "key"),
                Salt: BinasciiModule.Data(args[3], false, "salt"),
                Person: BinasciiModule.Data(args[4], false, "person"),
                Fanout: (int)Ops.Index(args[5]).ToInt64(),
                Depth: (int)Ops.Index(args[6]).ToInt64(),
                LeafSize: (uint)Ops.Index(args[7]).ToInt64(),
                NodeOffset: (ulong)Ops.Index(args[8]).AsBig,
                NodeDepth: (int)Ops.Index(args[9]).ToInt64(),
                InnerSize: (int)Ops.Index(args[10]).ToInt64(),
                LastNode: Ops.IsTrue(args[11]));
            return new PyBlake2State(StateType, new Blake2(Ops.IsTrue(args[0]), p));
        });
        ModuleKit.Fn(m, "_update", (self, args, kw) =>
        {
            ArgCheck.Count("_update", args, 2, 2);
            if (args[1] is PyStr) throw PyError.TypeError("Strings must be encoded before hashing");
            StateOf(args[0]).Update(BinasciiModule.Data(args[1], false, "update"));
            return Py.None;
        });
        ModuleKit.Fn(m, "_digest", (self, args, kw) =>
        {
            ArgCheck.Count("_digest", args, 1, 1);
            return new PyBytes(StateOf(args[0]).Digest());
        });
        ModuleKit.Fn(m, "_copy", (self, args, kw) =>
        {
            ArgCheck.Count("_copy", args, 1, 1);
            return new PyBlake2State(StateType, StateOf(args[0]).Clone());
        });
        ModuleKit.RunPython(interp, m, Source);
    }

    /// <summary>hashlib's part: the two constructors, and new() and the algorithm sets knowing them.</summary>
    public const string HashlibPart = """
        from _blake2 import blake2b, blake2s
        _new_without_blake2 = new


        def new(name, data=b'', **kwargs):
            if isinstance(name, str) and name.lower() in ('blake2b', 'blake2s'):
                return (blake2b if name.lower() == 'blake2b' else blake2s)(data, **kwargs)
            return _new_without_blake2(name, data, **kwargs)


        algorithms_guaranteed = algorithms_available = algorithms_guaranteed | {'blake2b', 'blake2s'}
        """;

    private const string Source = """
        def _data(data):
            if isinstance(data, str):
                raise TypeError('Strings must be encoded before hashing')
            return data if isinstance(data, bytes) else bytes(memoryview(data))


        def _check_range(name, value, low, high, message=None):
            value = value.__index__() if not isinstance(value, int) else value
            if not low <= value <= high:
                raise ValueError(message or f'{name} must be between {low} and {high}')
            return value


        def _make(type_name, wide, digest_max, key_max, salt_size, person_size, block, offset_bits):
            class blake2:
                SALT_SIZE = salt_size
                PERSON_SIZE = person_size
                MAX_KEY_SIZE = key_max
                MAX_DIGEST_SIZE = digest_max
                name = type_name
                block_size = block

                def __init__(self, *args, digest_size=digest_max, key=b'', salt=b'', person=b'', fanout=1,
                             depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                             last_node=False, usedforsecurity=True, string=None):
                    if len(args) > 1:
                        raise TypeError(f'{type_name}() takes at most 1 positional argument ({len(args)} given)')
                    data = args[0] if args else string
                    digest_size = _check_range('digest_size', digest_size, 1, digest_max,
                                               f'digest_size must be between 1 and {digest_max} bytes')
                    key, salt, person = bytes(memoryview(key)), bytes(memoryview(salt)), bytes(memoryview(person))
                    if len(key) > key_max:
                        raise ValueError(f'maximum key length is {key_max} bytes')
                    if len(salt) > salt_size:
                        raise ValueError(f'maximum salt length is {salt_size} bytes')
                    if len(person) > person_size:
                        raise ValueError(f'maximum person length is {person_size} bytes')
                    fanout = _check_range('fanout', fanout, 0, 255)
                    depth = _check_range('depth', depth, 1, 255)
                    if leaf_size < 0 or node_offset < 0:
                        raise ValueError('value must be positive')
                    if leaf_size >= 2 ** 32:
                        raise OverflowError('leaf_size is too large')
                    if node_offset >= 2 ** 64:
                        raise OverflowError('int too big to convert')
                    if node_offset >= 2 ** offset_bits:
                        raise OverflowError('node_offset is too large')
                    node_depth = _check_range('node_depth', node_depth, 0, 255)
                    inner_size = _check_range('inner_size', inner_size, 0, digest_max,
                                              f'inner_size must be between 0 and is {digest_max}')
                    self._state = _new_state(wide, digest_size, key, salt, person, fanout, depth, leaf_size,
                                             node_offset, node_depth, inner_size, last_node)
                    self._digest_size = digest_size
                    if data is not None:
                        _update(self._state, _data(data))

                @property
                def digest_size(self):
                    return self._digest_size

                def update(self, data, /):
                    _update(self._state, _data(data))

                def digest(self):
                    return _digest(self._state)

                def hexdigest(self):
                    return _digest(self._state).hex()

                def copy(self):
                    clone = object.__new__(type(self))
                    clone._state = _copy(self._state)
                    clone._digest_size = self._digest_size
                    return clone

            blake2.__name__ = blake2.__qualname__ = type_name
            return blake2


        blake2b = _make('blake2b', True, 64, 64, 16, 16, 128, 64)
        blake2s = _make('blake2s', False, 32, 32, 8, 8, 64, 48)
        BLAKE2B_SALT_SIZE, BLAKE2B_PERSON_SIZE, BLAKE2B_MAX_KEY_SIZE, BLAKE2B_MAX_DIGEST_SIZE = 16, 16, 64, 64
        BLAKE2S_SALT_SIZE, BLAKE2S_PERSON_SIZE, BLAKE2S_MAX_KEY_SIZE, BLAKE2S_MAX_DIGEST_SIZE = 8, 8, 32, 32
        del _make
        """;
}
