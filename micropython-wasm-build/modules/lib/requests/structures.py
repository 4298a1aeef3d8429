"""CaseInsensitiveDict, as in requests.structures: keys compare without case, keep their case."""

from collections import OrderedDict


class CaseInsensitiveDict:
    """A dict whose str keys compare case-insensitively; iteration gives the keys as last set, in order."""

    def __init__(self, data=None, **kwargs):
        self._store = OrderedDict()
        if data is None:
            data = {}
        self.update(data, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __contains__(self, key):
        return key.lower() in self._store

    def __iter__(self):
        return iter([casedkey for casedkey, mappedvalue in self._store.values()])

    def __len__(self):
        return len(self._store)

    def get(self, key, default=None):
        entry = self._store.get(key.lower())
        return default if entry is None else entry[1]

    def pop(self, key, *default):
        lower = key.lower()
        if lower in self._store:
            return self._store.pop(lower)[1]
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def keys(self):
        return [casedkey for casedkey, mappedvalue in self._store.values()]

    def values(self):
        return [mappedvalue for casedkey, mappedvalue in self._store.values()]

    def items(self):
        return list(self._store.values())

    def update(self, data=(), **kwargs):
        if hasattr(data, "items"):
            data = data.items()
        for key, value in data:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def lower_items(self):
        """Like items(), but with all lowercase keys."""
        return [(lowerkey, keyval[1]) for (lowerkey, keyval) in self._store.items()]

    def __eq__(self, other):
        if hasattr(other, "items") and not isinstance(other, CaseInsensitiveDict):
            other = CaseInsensitiveDict(other)
        if not isinstance(other, CaseInsensitiveDict):
            return NotImplemented
        return dict(self.lower_items()) == dict(other.lower_items())

    def copy(self):
        return CaseInsensitiveDict(self._store.values())

    def __repr__(self):
        return str(dict(self.items()))
