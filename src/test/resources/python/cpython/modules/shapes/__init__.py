__all__ = ["area", "circle", "_exported_private"]


def area(w, h):
    return w * h


def _exported_private():
    return "listed in __all__"


def helper():
    return "not in __all__"
