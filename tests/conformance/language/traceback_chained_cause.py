class ConfigError(Exception):
    pass


def load(settings):
    try:
        return settings["port"]
    except KeyError as e:
        raise ConfigError("missing setting") from e


load({"host": "x"})
