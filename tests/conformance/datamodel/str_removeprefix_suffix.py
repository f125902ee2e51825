names = ["test_alpha", "test_", "atest_b", "plugin_test", "TEST_x"]
for n in names:
    print(repr(n.removeprefix("test_")), repr(n.removesuffix("_test")), repr(n.removesuffix("test")))
print("aaa".removeprefix("a"), "".removeprefix(""), "abc".removeprefix(""))
print(b"v1.2".removeprefix(b"v"), bytearray(b"lib.so").removesuffix(b".so"))
for bad in [None, 1, b"x"]:
    try:
        "abc".removeprefix(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b"abc".removesuffix("c")
except TypeError as e:
    print(type(e).__name__, e)
