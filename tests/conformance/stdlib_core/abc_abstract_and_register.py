from abc import ABC, abstractmethod, ABCMeta
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
    def other(self): return 1
try:
    Base()
except TypeError as e:
    print(e)
class Half(Base):
    def run(self): return "r"
try:
    Half()
except TypeError as e:
    print(e)
class Full(Half):
    def stop(self): return "s"
f = Full()
print(f.run(), f.stop(), sorted(Base.__abstractmethods__), Full.__abstractmethods__)
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(int, Reg), isinstance("x", Reg), issubclass(bool, Reg))
print(type(Base), isinstance(Full(), Base))
