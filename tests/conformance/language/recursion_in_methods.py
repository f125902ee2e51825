import sys

class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
    def size(self):
        return 1 + (self.left.size() if self.left else 0) + (self.right.size() if self.right else 0)
    def depth(self):
        return 1 + max(self.left.depth() if self.left else 0, self.right.depth() if self.right else 0)
    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.value
        if self.right:
            yield from self.right.inorder()

def insert(tree, v):
    if tree is None:
        return Tree(v)
    if v < tree.value:
        tree.left = insert(tree.left, v)
    else:
        tree.right = insert(tree.right, v)
    return tree

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, v)
print(root.size(), root.depth(), list(root.inorder()))
class Bad:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Bad().y
except RecursionError as e:
    print(type(e).__name__, e)
