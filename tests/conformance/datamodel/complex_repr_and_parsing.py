for z in [1j, -1j, 1 + 0j, 0j, -0j, complex(-0.0, -0.0), complex(0.0, -0.0), complex(1e20, 1e-20), complex(float("inf"), 1),
          complex(float("nan"), float("nan")), 1.5 - 2.5j, complex(1, 1) ** 10, 3 + 4j]:
    print(repr(z), str(z))
for s in ["1", "1j", "-1j", "1+1j", "1.5-2e3j", " (1+2j) ", "j", "+j", "-j", "1e1j", "inf-infj", "nanj"]:
    print(repr(s), complex(s))
for bad in ["1 + 2j", "1+2", "(1+2j", "1jj", "", "j1"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
