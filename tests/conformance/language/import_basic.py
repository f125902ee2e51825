import modules.counter_mod
import modules.counter_mod as cm
from modules.counter_mod import bump, count

print(cm is modules.counter_mod, cm.__name__, cm.__doc__)
print(bump(), bump(), cm.count, count)
import modules.counter_mod
print(modules.counter_mod.count)
import sys
print("modules.counter_mod" in sys.modules, sys.modules["modules.counter_mod"] is cm)
print(type(cm).__name__, cm.__package__)
