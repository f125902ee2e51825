class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.parse_item(part) for part in self.text.split(",")]

    def parse_item(self, part):
        key, value = part.split("=")
        return key.strip(), int(value)


print(Parser("a=1, b=2").parse())
Parser("a=1, b=two").parse()
