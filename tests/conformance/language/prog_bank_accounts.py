class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.shortfall = amount - account.balance


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"<Account #{self.id} {self.owner}: {self.balance}>"


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer refused:", e, "| short by", e.shortfall)
        return False
    dst.deposit(amount)
    return True


alice, bob = Account("alice", 100), Account("bob")
print(transfer(alice, bob, 30), transfer(bob, alice, 50), transfer(bob, alice, 30))
print(alice, bob)
print(alice.history, bob.history)
try:
    alice.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
