results = []
for v in ["1", "x", "3", "stop", "5"]:
    try:
        if v == "stop":
            break
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    finally:
        results.append("|")
print(results)
def retry(attempts):
    n = 0
    while True:
        n += 1
        try:
            if n < attempts:
                raise ConnectionError(f"attempt {n}")
            return f"succeeded after {n}"
        except ConnectionError as e:
            print("retrying after", e)
print(retry(3))
