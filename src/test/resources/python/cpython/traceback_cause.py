# raise ... from e: CPython prints the cause first, then "The above exception was the direct cause".
class ConfigError(Exception):
    pass


def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("no port configured") from e


print("before")
read_port({})
