print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2, 3]] == [1, [2, 3]], [] == [], [0] == [False])
print([1, 2, 3] < [1, 3], [2] > [1, 99], [1, 2] <= [1, 2], [] < [[]], [[1]] < [[2]])
print([1, 2] == (1, 2), [1.0, 2] == [1, 2.0], ["a"] < ["b"], [None] == [None])
nan = float("nan")
x = [nan]
print(x == x, [nan] == [nan], x.count(nan), nan in x, x.index(nan))
class AlwaysEqual:
    def __eq__(self, other):
        return True
print([AlwaysEqual()] == [5], [1, 2].index(AlwaysEqual()) if False else [5, 6].count(AlwaysEqual()))
try:
    [1] < [None]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([[3, 1], [2, 9], [3, 0], [2]]), max([[1, 2], [1, 2, 0]]))
