# __instancecheck__ and __subclasscheck__ that call isinstance/issubclass on themselves:
# RecursionError, as in CPython.
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls)


class Checked(metaclass=Meta):
    pass


isinstance(3, Checked)
