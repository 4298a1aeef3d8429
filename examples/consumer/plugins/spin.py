PLUGIN = {"name": "spin", "version": "0.1", "description": "never returns; the host reports it and goes on"}


def transform(row):
    while True:
        pass
