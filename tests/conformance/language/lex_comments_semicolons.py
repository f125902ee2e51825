# comment at start
x = 1; y = 2; z = x + y  # trailing comment
print(x, y, z);
# "string in comment" does nothing
s = "# not a comment"
print(s)
   # indented comment line in module is fine
def f():
    # only a comment before the body
    return 'f'
print(f())
if x:
    pass
# comment at end without newline at end of file
