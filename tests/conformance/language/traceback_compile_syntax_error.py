source = "def broken(:\n    pass\n"
print("compiling")
compile(source, "<plugin>", "exec")
