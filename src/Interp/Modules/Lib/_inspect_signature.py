"""inspect.Signature and Parameter (split from inspect to keep files small)."""

import enum
import functools
import types


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = {
    _ParameterKind.POSITIONAL_ONLY: 'positional-only',
    _ParameterKind.POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _ParameterKind.VAR_POSITIONAL: 'variadic positional',
    _ParameterKind.KEYWORD_ONLY: 'keyword-only',
    _ParameterKind.VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """Represents a parameter in a function signature."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_ParameterKind.VAR_POSITIONAL, _ParameterKind.VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_empty, kind=_empty, annotation=_empty, default=_empty):
        return type(self)(self._name if name is _empty else name,
                          self._kind if kind is _empty else kind,
                          default=self._default if default is _empty else default,
                          annotation=self._annotation if annotation is _empty else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = f'{formatted}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = f'{formatted} = {self._default!r}'
            else:
                formatted = f'{formatted}={self._default!r}'
        if kind == _ParameterKind.VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _ParameterKind.VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return f'<{self.__class__.__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """Result of Signature.bind: the mapping of parameters to arguments."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == Parameter.VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY):
                    kwargs_started = True
                elif name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == Parameter.VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        new_arguments = {}
        for name, param in self._signature.parameters.items():
            try:
                new_arguments[name] = self.arguments[name]
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind == Parameter.VAR_POSITIONAL:
                    val = ()
                elif param.kind == Parameter.VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments[name] = val
        self.arguments = new_arguments

    def __repr__(self):
        args = [f'{arg}={value!r}' for arg, value in self.arguments.items()]
        return f'<{self.__class__.__name__} ({", ".join(args)})>'


class Signature:
    """A function's call signature: its parameters and return annotation."""
    __slots__ = ('_return_annotation', '_parameters')
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        self._parameters = {p.name: p for p in (parameters or ())}
        self._return_annotation = return_annotation

    parameters = property(lambda self: types.MappingProxyType(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_empty, return_annotation=_empty):
        if parameters is _empty:
            parameters = self._parameters.values()
        if return_annotation is _empty:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = list(self._parameters.values())
        var_kw = next((p for p in params if p.kind == Parameter.VAR_KEYWORD), None)
        i = 0
        for param in params:
            if param.kind in (Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD):
                break
            if param.kind == Parameter.VAR_POSITIONAL:
                arguments[param.name] = tuple(args[i:])
                i = len(args)
                break
            if i >= len(args):
                break
            if param.name in kwargs and param.kind != Parameter.POSITIONAL_ONLY:
                raise TypeError(f'multiple values for argument {param.name!r}')
            arguments[param.name] = args[i]
            i += 1
        if i < len(args):
            raise TypeError('too many positional arguments')
        for param in params:
            if param.name in arguments or param.kind in (Parameter.VAR_POSITIONAL, Parameter.VAR_KEYWORD):
                continue
            if param.kind == Parameter.POSITIONAL_ONLY:
                if param.name in kwargs and var_kw is None:
                    raise TypeError(f'{param.name!r} parameter is positional only, but was passed as a keyword')
                if param.default is _empty and not partial:
                    raise TypeError(f'missing a required argument: {param.name!r}')
                continue
            if param.name in kwargs:
                arguments[param.name] = kwargs.pop(param.name)
            elif param.default is _empty and not partial:
                raise TypeError(f'missing a required argument: {param.name!r}')
        if kwargs:
            if var_kw is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            arguments[var_kw.name] = kwargs
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, dict(kwargs))

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, dict(kwargs), partial=True)

    def __repr__(self):
        return f'<{self.__class__.__name__} {self}>'

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == Parameter.POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == Parameter.VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == Parameter.KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = f'({", ".join(result)})'
        if self._return_annotation is not _empty:
            rendered += f' -> {formatannotation(self._return_annotation)}'
        return rendered

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return signature(obj, follow_wrapped=follow_wrapped)


def _signature_from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    params = []
    first_default = pos_count - len(defaults)
    for i, name in enumerate(names[:pos_count]):
        kind = Parameter.POSITIONAL_ONLY if i < posonly else Parameter.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    idx = pos_count + kwonly
    if code.co_flags & 4:
        name = names[idx]
        params_var = Parameter(name, Parameter.VAR_POSITIONAL, annotation=annotations.get(name, _empty))
        idx += 1
    else:
        params_var = None
    if params_var is not None:
        params.append(params_var)
    for name in names[pos_count:pos_count + kwonly]:
        params.append(Parameter(name, Parameter.KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 8:
        name = names[idx]
        params.append(Parameter(name, Parameter.VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        sig = signature(obj.__func__, follow_wrapped=follow_wrapped)
        params = tuple(sig.parameters.values())
        if not params or params[0].kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY):
            raise ValueError('invalid method signature')
        if params[0].kind == Parameter.VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=params[1:])
    if follow_wrapped:
        while not isinstance(obj, type) and hasattr(obj, '__wrapped__'):
            sig = getattr(obj, '__signature__', None)
            if sig is not None:
                return sig
            obj = obj.__wrapped__
    sig = getattr(obj, '__signature__', None)
    if isinstance(sig, Signature):
        return sig
    if isinstance(obj, types.FunctionType):
        return _signature_from_function(obj)
    if isinstance(obj, functools.partial):
        sig = signature(obj.func)
        return _partial_signature(sig, obj)
    if isinstance(obj, type):
        for base in obj.__mro__:
            if '__init__' in base.__dict__ and base is not object:
                init = base.__dict__['__init__']
                if isinstance(init, types.FunctionType):
                    sig = _signature_from_function(init)
                    return sig.replace(parameters=tuple(sig.parameters.values())[1:])
                break
            if '__new__' in base.__dict__ and base is not object:
                new = base.__dict__['__new__']
                new = getattr(new, '__func__', new)
                if isinstance(new, types.FunctionType):
                    sig = _signature_from_function(new)
                    return sig.replace(parameters=tuple(sig.parameters.values())[1:])
                break
        return Signature([])
    call = getattr(type(obj), '__call__', None)
    if isinstance(call, types.FunctionType):
        sig = _signature_from_function(call)
        return sig.replace(parameters=tuple(sig.parameters.values())[1:])
    raise ValueError(f'no signature found for builtin {obj!r}')


def _partial_signature(sig, partial):
    bound = sig.bind_partial(*partial.args, **partial.keywords)
    params = []
    for name, param in sig.parameters.items():
        if name in bound.arguments and param.kind not in (Parameter.VAR_POSITIONAL, Parameter.VAR_KEYWORD):
            if name in partial.keywords:
                params.append(param.replace(default=partial.keywords[name],
                                            kind=Parameter.KEYWORD_ONLY))
            continue
        params.append(param)
    return sig.replace(parameters=params)
