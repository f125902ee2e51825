class Meta(type):
    meta_attr = "from metaclass"
    def meta_method(cls):
        return f"meta_method on {cls.__name__}"
    @property
    def computed(cls):
        return f"computed for {cls.__name__}"
class K(metaclass=Meta):
    class_attr = "from class"
print(K.meta_attr, K.meta_method(), K.computed, K.class_attr)
k = K()
print(k.class_attr)
for name in ["meta_attr", "meta_method", "computed"]:
    try:
        getattr(k, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print("meta_attr" in dir(K), "class_attr" in dir(K), type(K).__name__)
class Sub(K):
    pass
print(Sub.meta_method(), Sub.computed, type(Sub) is Meta)
