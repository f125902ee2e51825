import sys
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("explicit None file", file=None)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        self.parts.append("<flush>")
c = Collector()
print("a", "b", sep="-", end="!", file=c, flush=True)
print(file=c)
print(c.parts)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
sys.stdout.write("direct write\n")
print(sys.stdout.write("ret\n"))
