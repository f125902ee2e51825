for src in ["from . import x", "from .. import y", "from .mod import z"]:
    try:
        exec(src)
    except ImportError as e:
        print(type(e).__name__, e)
print(__name__, __package__)
