sys_module = __import__("sys")
print(sys_module.__name__, type(sys_module).__name__)
import sys
print(sys_module is sys, "sys" in sys.modules, sys.modules["__main__"].__name__)
try:
    __import__("no_such_module_here")
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(type(__builtins__).__name__ in ("module", "dict"), __name__)
import builtins
print(builtins.len is len, builtins.__name__, hasattr(builtins, "print"), "open" in dir(builtins))
builtins.my_builtin = "added"
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(type(e).__name__, e)
