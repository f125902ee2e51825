def step():
    try:
        raise KeyError("first")
    finally:
        print("finally runs")


step()
