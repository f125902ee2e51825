print(type(object.__init__).__name__, type(object.__repr__).__name__, type(object.__format__).__name__)
print(type(list.append).__name__, type(list.__len__).__name__, type(list.__getitem__).__name__, type(dict.__contains__).__name__)
print(type(int.__add__).__name__, type(int.bit_length).__name__, type(str.__mod__).__name__, type(dict.fromkeys).__name__)
print(object.__repr__, list.append, int.__add__)
print(type([].__len__).__name__, type([].append).__name__, type((1).__add__).__name__, type(len).__name__)
print([].__len__.__name__, (1).__add__.__self__, [].append.__qualname__, object.__init__.__qualname__, int.__add__.__objclass__)
print(repr([].__len__).startswith("<method-wrapper '__len__' of list object at 0x"), repr([].append).startswith("<built-in method append of list object at 0x"))
class C:
    pass
print(type(C().__init__).__name__, type(C.__init__).__name__, type(C().__str__).__name__)
print(C.__init__ is object.__init__, int.__add__(2, 3), object.__repr__(C()).startswith("<__main__.C object"))
try:
    int.__add__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
import types
print(types.WrapperDescriptorType.__name__, types.MethodWrapperType.__name__, types.MethodDescriptorType.__name__)
