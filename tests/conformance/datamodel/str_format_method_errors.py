cases = [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{", (), {}), ("}", (), {}), ("{a}", (), {}), ("{0[1]}", ([1],), {}),
         ("{0.missing}", (1,), {}), ("{!x}", (1,), {}), ("{:>{w}}", ("a",), {}), ("{0:{1}}", (3, "q"), {}), ("{:{}{}}", (1, 2, 3), {}),
         ("{a[k]}", (), {"a": {"k": "v"}}), ("{0!r:>6}", ("s",), {}), ("{x.real}", (), {"x": 3}), ("{:%}", (0.5,), {}), ("{{}}", (), {}),
         ("{0[-1]}", ({"-1": "neg"},), {}), ("{:,d}", ("1",), {}), ("{0:{{}}}", (1,), {}), ("{!r}", (), {})]
for fmt, args, kw in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kw)))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{0}{1}{0}".format("ab", "-"), "{:*^{}}".format("x", 7), "{:{fill}>5}".format(1, fill="0"), "{n:#x}".format(n=255))
