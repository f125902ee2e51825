class Greeter:
    greeting = "hello"
    def greet(self):
        try:
            return greeting
        except NameError as e:
            return f"NameError: {e}"
    def greet_properly(self):
        return self.greeting
    def calls_sibling(self):
        try:
            return greet_properly(self)
        except NameError as e:
            return f"NameError: {e}"
print(Greeter().greet())
print(Greeter().greet_properly())
print(Greeter().calls_sibling())
class Counter:
    n = 0
    def inc(self):
        n = 5
        self.n += 1
        return n, self.n, Counter.n
print(Counter().inc())
