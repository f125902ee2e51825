class Connection:
    def __init__(self, url):
        self.url = url
        self.host, self.port = self.parse(url)

    def parse(self, url):
        host, port = url.split(":")
        return host, int(port)


print(Connection("localhost:80").port)
Connection("localhost")
