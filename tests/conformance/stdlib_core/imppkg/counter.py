import imppkg
imppkg.loads += 1
value = imppkg.loads


def where():
    return __name__, __package__
