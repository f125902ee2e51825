msg = ("alpha "
       'beta '
       """gamma""")
print(msg)
print("a" "b" "c", len("x" 'y'))
print(b"ab" b"cd")
name = "world"
print("hello " f"{name}" "!")
print(r"\d" "\t" r"\t" == "\\d\t\\t")
try:
    eval('b"x" "y"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
