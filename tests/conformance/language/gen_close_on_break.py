def numbered(items):
    try:
        for i, item in enumerate(items):
            yield i, item
    finally:
        print("cleanup after", i)

g = numbered("abcdef")
for i, item in g:
    if i == 2:
        break
print("loop left; generator suspended:", g.gi_frame is not None)
g.close()
print("after explicit close:", g.gi_frame)
def with_return_in_finally():
    try:
        yield 1
    finally:
        print("finally sees close")
w = with_return_in_finally()
print(next(w))
w.close()
