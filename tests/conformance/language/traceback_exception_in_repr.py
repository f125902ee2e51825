class Broken:
    def __repr__(self):
        return "Broken(" + self.missing + ")"


items = [1, Broken()]
print(len(items))
print(items)
