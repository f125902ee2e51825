from modules import raiser

print("calling into the module")
raiser.fail(2)
