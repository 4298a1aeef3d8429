PLUGIN = {"name": "shout", "version": "1.0", "description": "upper-cases a name"}


def transform(row):
    return {"name": row["name"].upper()}
