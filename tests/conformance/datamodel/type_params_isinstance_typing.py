import typing
def f[T, **P, *Ts](): pass
T, P, Ts = f.__type_params__
print(isinstance(T, typing.TypeVar), isinstance(P, typing.ParamSpec), isinstance(Ts, typing.TypeVarTuple), isinstance(T, typing.ParamSpec), isinstance(typing.TypeVar("X"), typing.TypeVar), isinstance(1, typing.TypeVar))
print(type(T).__name__, type(P).__name__, type(Ts).__name__, type(T).__module__)
