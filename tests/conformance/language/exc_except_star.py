def fail_many():
    raise ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])

try:
    fail_many()
except* ValueError as eg:
    print("values:", type(eg).__name__, [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
except* LookupError as eg:
    print("lookups:", [repr(e) for e in eg.exceptions])

try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), OSError("c")])])
    except* TypeError:
        print("handled TypeError")
except ExceptionGroup as rest:
    print("unhandled:", rest.message, rest)
    print([type(e).__name__ for e in rest.exceptions])
try:
    raise ValueError("plain")
except* ValueError as eg:
    print("naked exception wrapped:", type(eg).__name__, repr(eg.exceptions))
