def make_class(tag):
    class Tagged:
        label = tag
        def describe(self):
            return f"{tag}:{self.label}"
    return Tagged

A = make_class("a")
B = make_class("b")
print(A().describe(), B().describe(), A is B)
A.label = "changed"
print(A().describe())

def outer():
    secret = "s"
    class Inner:
        def reveal(self):
            return secret
        reveal_lambda = lambda self: secret * 2
    return Inner()

o = outer()
print(o.reveal(), o.reveal_lambda())
