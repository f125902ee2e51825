def logged(fn):
    def wrapper(self, *args):
        print(f"calling {type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper

class Account:
    def __init__(self):
        self.balance = 0
    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @staticmethod
    @logged
    def broken(x):
        return x
    @classmethod
    def create(cls):
        return cls()
    @property
    @logged
    def doubled(self):
        return self.balance * 2

a = Account.create()
print(a.deposit(10), a.deposit(5), a.doubled)
# The wrapper treats the static method's first argument as "self".
print(Account.broken(1))
