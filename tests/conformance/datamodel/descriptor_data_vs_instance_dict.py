class Data:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        obj.__dict__["shadow"] = value
class NonData:
    def __get__(self, obj, owner):
        return "non-data descriptor"
class GetOnlyWithDelete:
    def __get__(self, obj, owner):
        return "has __delete__ so it is a data descriptor"
    def __delete__(self, obj):
        print("__delete__ called")
class K:
    shadow = Data()
    plain = NonData()
    deleter = GetOnlyWithDelete()
k = K()
k.shadow = "stored in dict"
print(k.shadow, k.__dict__)
k.__dict__["plain"] = "instance dict wins"
print(k.plain)
k.__dict__["deleter"] = "ignored"
print(k.deleter)
del k.deleter
try:
    k.deleter = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(K.shadow, K.plain)
