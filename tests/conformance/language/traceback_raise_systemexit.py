try:
    raise SystemExit(0)
except SystemExit as e:
    print("caught", type(e).__name__, e.code)
print("still running")
raise SystemExit(4)
