"""Response objects: what urllib.request.urlopen returns, and what HTTPError reads from.

addinfourl follows CPython 3.11's urllib.response.addinfourl (read, readline, readlines,
iteration, close, context manager, info(), geturl(), getcode(), .url, .status, .code,
.headers). urlopen returns HTTPResponse, which adds what CPython's http.client.HTTPResponse
has: .reason, .msg (the headers), .version, getheader(name, default), getheaders(). The
headers are an HTTPMessage: case-insensitive get/[] (None when missing), get_all, keys, values,
items, in, len, iteration, get_content_type, get_content_maintype, get_content_subtype,
get_content_charset, get_param('charset'), as_string(), str(). Not a socket: the whole body was
received by the host before urlopen returned.
"""


class HTTPMessage:
    """Response headers, like CPython's http.client.HTTPMessage (an email.message.Message)."""

    def __init__(self, headers=()):
        self._headers = [(name, value) for name, value in headers]

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return True
        return False

    def __iter__(self):
        return iter([k for k, v in self._headers])

    def __getitem__(self, name):
        return self.get(name)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values if values else failobj

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def _content_type(self):
        value = self.get('content-type')
        if value is None:
            return None, {}
        parts = value.split(';')
        ctype = parts[0].strip().lower()
        params = {}
        for part in parts[1:]:
            key, eq, val = part.partition('=')
            if eq:
                val = val.strip()
                if len(val) >= 2 and val[0] == val[-1] == '"':
                    val = val[1:-1]
                params[key.strip().lower()] = val
        return ctype, params

    def get_content_type(self):
        ctype, params = self._content_type()
        if ctype is None or ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_param(self, param, failobj=None, header='content-type'):
        if header.lower() != 'content-type':
            raise NotImplementedError("get_param only reads Content-Type")
        ctype, params = self._content_type()
        return params.get(param.lower(), failobj)

    def get_content_charset(self, failobj=None):
        charset = self.get_param('charset')
        return failobj if charset is None else charset.lower()

    def as_string(self):
        return ''.join(['%s: %s\n' % (k, v) for k, v in self._headers]) + '\n'

    def __str__(self):
        return self.as_string()


class Body:
    """A received body read like a binary file: read(n), readline(limit)."""

    def __init__(self, data):
        self._data = data
        self._pos = 0

    def read(self, size=-1):
        end = len(self._data) if size is None or size < 0 else min(len(self._data), self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = end
        return chunk

    def readline(self, size=-1):
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = end
        return chunk


class addinfourl:
    """A response body with its headers, URL and status code (CPython's urllib.response.addinfourl)."""

    def __init__(self, fp, headers, url, code=None):
        self.fp = fp
        self.headers = headers
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    @property
    def closed(self):
        return self.fp is None

    def read(self, amt=None):
        if self.fp is None:
            return b''
        if amt is None or amt < 0:
            return self.fp.read()
        return self.fp.read(amt)

    def readline(self, limit=-1):
        if self.fp is None:
            return b''
        if limit is None or limit < 0:
            return self.fp.readline()
        return self.fp.readline(limit)

    def readlines(self, hint=None):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return iter(self.readlines())

    def close(self):
        self.fp = None

    def __enter__(self):
        if self.fp is None:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.code

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (type(self).__name__, id(self), self.fp)


class HTTPResponse(addinfourl):
    """What urlopen returns: addinfourl plus CPython's http.client.HTTPResponse attributes."""

    version = 11

    def __init__(self, fp, headers, url, code, reason):
        addinfourl.__init__(self, fp, headers, url, code)
        self.reason = reason

    @property
    def msg(self):
        return self.headers

    def getheader(self, name, default=None):
        values = self.headers.get_all(name) or default
        if isinstance(values, (list, tuple)):
            return ', '.join(values)
        return values

    def getheaders(self):
        return self.headers.items()

    def __repr__(self):
        return '<urllib.response.HTTPResponse %d %s>' % (self.code, self.reason)
