def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    raise ExceptionGroup(f"task {n} subtasks", [KeyError(n), TypeError("bad type")])


errors = []
for n in range(2):
    try:
        task(n)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("all tasks", errors)
