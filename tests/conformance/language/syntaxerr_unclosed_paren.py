values = [1, 2, 3]
print("before")
total = sum(values
print(total)
