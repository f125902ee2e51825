doc = """First line
    indented "quotes" inside
last line"""
print(doc)
print(len(doc.splitlines()))
single = '''it's got 'single' quotes'''
print(single)
empty = """"""
print(repr(empty), len(''''''))
print("""a""" """b""")
edge = """ends with quote\""""
print(edge)
def f():
    """Docstring of f."""
    return 1
print(f.__doc__)
