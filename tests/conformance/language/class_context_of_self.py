class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)
    def __eq__(self, other):
        return isinstance(other, Node) and self.value == other.value and self.children == other.children
    __hash__ = None

tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for depth, value in tree.walk():
    print("  " * depth + value)
print(Node(1) == Node(1), Node(1) == Node(2), Node(1, [Node(2)]) == Node(1, [Node(2)]))
try:
    {Node(1)}
except TypeError as e:
    print(type(e).__name__, e)
