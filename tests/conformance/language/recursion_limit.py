import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(sys.getrecursionlimit())
print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
print(depth(50000))
sys.setrecursionlimit(1000)
try:
    depth(2000)
except RecursionError as e:
    print("limit restored:", type(e).__name__)
