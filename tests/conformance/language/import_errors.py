try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from shapes import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    import shapes.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import shapes.broken
except ValueError as e:
    print(type(e).__name__, e)
import sys
print("shapes.broken" in sys.modules)
try:
    from modules import missing_module
except ImportError as e:
    print(type(e).__name__, e)
