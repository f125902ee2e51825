def counter_class():
    count = 0
    class Counter:
        def increment(self):
            nonlocal count
            count += 1
            return count
        @staticmethod
        def current():
            return count
    return Counter
C = counter_class()
a, b = C(), C()
a.increment(); b.increment(); a.increment()
print(C.current())
def shadow_in_class():
    value = "function"
    class K:
        value = "class"
        def get(self):
            return value
    return K().get(), K.value
print(shadow_in_class())
