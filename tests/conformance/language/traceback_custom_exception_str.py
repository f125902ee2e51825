class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}"


def fetch(url):
    if "missing" in url:
        raise HttpError(404, "Not Found")
    return "ok"


print(fetch("/home"))
fetch("/missing")
