def level1():
    a = "a1"
    def level2():
        b = "b2"
        def level3():
            def level4():
                return a + b
            return level4()
        return level3
    return level2

print(level1()()())

def shadow():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            return x
        return inner()
    return middle(), x

print(shadow())

def cell_shared():
    value = []
    def add(v):
        value.append(v)
    def get():
        return value
    add(1); add(2)
    return get()

print(cell_shared())
