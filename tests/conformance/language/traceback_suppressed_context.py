def convert(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"expected a number, got {text!r}") from None


print(convert("12"))
convert("twelve")
