class Base:
    def setup(self, log):
        log.append("Base")
class Logging(Base):
    def setup(self, log):
        log.append("Logging>")
        super().setup(log)
        log.append("<Logging")
class Caching(Base):
    def setup(self, log):
        log.append("Caching>")
        super().setup(log)
        log.append("<Caching")
class Service(Logging, Caching):
    def setup(self, log):
        log.append("Service>")
        super().setup(log)
log = []
Service().setup(log)
print(log, [c.__name__ for c in Service.__mro__])
log = []
super(Logging, Service()).setup(log)
print(log)
print(super(Service, Service()).setup.__func__ is Logging.setup)
s = super(Service, Service())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class K:
    @classmethod
    def make(cls): return super().__repr__
print(type(K.make()).__name__)
