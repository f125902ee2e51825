def build():
    prefix_marker = "enclosing"
    class Config:
        name = "config"
        value = prefix_marker
        prefix_marker = "class level"
    return Config


print("building")
build()
