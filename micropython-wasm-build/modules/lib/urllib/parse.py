"""Parse URLs into components, build them back, quote and unquote, as CPython 3.11 does.

urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, parse_qs, parse_qsl,
urlencode, quote, quote_plus, quote_from_bytes, unquote, unquote_plus, unquote_to_bytes and
the result types (with .hostname, .port, .username, .password, .geturl(), ._replace()) follow
CPython 3.11's urllib.parse, for str and bytes. Left out: the functions CPython deprecates
(splittype, splithost, ... , to_bytes), Quoter, clear_cache, and the NFKC check of non-ASCII
network locations (no unicodedata). Encodings for quote/unquote: utf-8, ascii and latin-1
(_textcodec); errors raise UnicodeError where CPython raises its UnicodeEncodeError or
UnicodeDecodeError subclasses.
"""

from collections import namedtuple

import _textcodec

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']

uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']

non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']

uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']

uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

_WHATWG_C0_CONTROL_OR_SPACE = ('\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f'
                               '\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ')

_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']

_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_DIGITS = '0123456789'
_HEXDIGITS = '0123456789abcdefABCDEF'


def _is_ascii_digits(text):
    if not text:
        return False
    for c in text:
        if c not in _DIGITS:
            return False
    return True


# Bytes arguments: decoded as ASCII on the way in, results encoded back.

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    if isinstance(obj, str):
        return _textcodec.encode(obj, encoding, errors)
    return obj.encode(encoding, errors)


def _decode_args(args, encoding='ascii', errors='strict'):
    return tuple(_textcodec.decode(x, encoding, errors) if x else '' for x in args)


def _coerce_args(*args):
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


class _NamedTupleMixin:
    # The namedtuple methods MicroPython's namedtuple leaves out.
    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(self._fields, self)]
        if kwargs:
            raise ValueError('Got unexpected field names: %r' % list(kwargs))
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)


class _ResultMixinStr(_NamedTupleMixin):
    def encode(self, encoding='ascii', errors='strict'):
        if "DefragResultBytes" not in globals():
            _make_bytes_results()
        return self._encoded_counterpart(*(_textcodec.encode(x, encoding, errors) for x in self))


class _ResultMixinBytes(_NamedTupleMixin):
    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(_textcodec.decode(x, encoding, errors) for x in self))


class _NetlocResultMixinBase:
    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        separator = '%' if isinstance(hostname, str) else b'%'
        hostname, percent, zone = hostname.partition(separator)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            text = port if isinstance(port, str) else _textcodec.decode(port, 'latin-1')
            if _is_ascii_digits(text):
                port = int(text)
            else:
                raise ValueError("Port could not be cast to integer value as %r" % (port,))
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port


def _userinfo(netloc, at, colon):
    userinfo, have_info, hostinfo = netloc.rpartition(at)
    if have_info:
        username, have_password, password = userinfo.partition(colon)
        if not have_password:
            password = None
    else:
        username = password = None
    return username, password


def _hostinfo(netloc, at, open_br, close_br, colon):
    _, _, hostinfo = netloc.rpartition(at)
    _, have_open_br, bracketed = hostinfo.partition(open_br)
    if have_open_br:
        hostname, _, port = bracketed.partition(close_br)
        _, _, port = port.partition(colon)
    else:
        hostname, _, port = hostinfo.partition(colon)
    if not port:
        port = None
    return hostname, port


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    @property
    def _userinfo(self):
        return _userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _hostinfo(self.netloc, '@', '[', ']', ':')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    @property
    def _userinfo(self):
        return _userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _hostinfo(self.netloc, b'@', b'[', b']', b':')


# MicroPython's namedtuple repr shows the namedtuple's own name (CPython's, the class name),
# so the bytes results get bases of their own.
_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')

ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    _fields = ('url', 'fragment')

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        else:
            return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    _fields = ('scheme', 'netloc', 'path', 'query', 'fragment')

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    _fields = ('scheme', 'netloc', 'path', 'params', 'query', 'fragment')

    def geturl(self):
        return urlunparse(self)


# The bytes results are made on first use (a bytes argument, or the name looked up): three more
# namedtuple classes would cost every import of the module.
_BYTES_RESULTS = ("DefragResultBytes", "SplitResultBytes", "ParseResultBytes",
                  "_DefragResultBytesBase", "_SplitResultBytesBase", "_ParseResultBytesBase")


def _make_bytes_results():
    _DefragResultBytesBase = namedtuple('DefragResultBytes', 'url fragment')
    _SplitResultBytesBase = namedtuple('SplitResultBytes', 'scheme netloc path query fragment')
    _ParseResultBytesBase = namedtuple('ParseResultBytes', 'scheme netloc path params query fragment')

    class DefragResultBytes(_DefragResultBytesBase, _ResultMixinBytes):
        _fields = ('url', 'fragment')

        def geturl(self):
            if self.fragment:
                return self.url + b'#' + self.fragment
            else:
                return self.url

    class SplitResultBytes(_SplitResultBytesBase, _NetlocResultMixinBytes):
        _fields = ('scheme', 'netloc', 'path', 'query', 'fragment')

        def geturl(self):
            return urlunsplit(self)

    class ParseResultBytes(_ParseResultBytesBase, _NetlocResultMixinBytes):
        _fields = ('scheme', 'netloc', 'path', 'params', 'query', 'fragment')

        def geturl(self):
            return urlunparse(self)

    DefragResult._encoded_counterpart = DefragResultBytes
    DefragResultBytes._decoded_counterpart = DefragResult
    SplitResult._encoded_counterpart = SplitResultBytes
    SplitResultBytes._decoded_counterpart = SplitResult
    ParseResult._encoded_counterpart = ParseResultBytes
    ParseResultBytes._decoded_counterpart = ParseResult
    made = {
        "DefragResultBytes": DefragResultBytes, "SplitResultBytes": SplitResultBytes,
        "ParseResultBytes": ParseResultBytes, "_DefragResultBytesBase": _DefragResultBytesBase,
        "_SplitResultBytesBase": _SplitResultBytesBase,
        "_ParseResultBytesBase": _ParseResultBytesBase,
    }
    globals().update(made)
    return made


def __getattr__(name):
    if name in _BYTES_RESULTS:
        return _make_bytes_results()[name]
    raise AttributeError("module 'urllib.parse' has no attribute '%s'" % name)


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into 6 components: <scheme>://<netloc>/<path>;<params>?<query>#<fragment>."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    splitresult = urlsplit(url, scheme, allow_fragments)
    scheme, netloc, url, query, fragment = splitresult
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    result = ParseResult(scheme, netloc, url, params, query, fragment)
    return _coerce_result(result)


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    delim = len(url)
    for c in '/?#':
        wdelim = url.find(c, start)
        if wdelim >= 0:
            delim = min(delim, wdelim)
    return url[start:delim], url[delim:]


def _check_bracketed_host(hostname):
    if hostname.startswith('v'):
        dot = hostname.find('.')
        if dot < 2 or dot == len(hostname) - 1 or any(c not in _HEXDIGITS for c in hostname[1:dot]):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(hostname):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (hostname,))


def _is_ipv4(text):
    # ipaddress.IPv4Address: four decimal octets, no leading zeros, each at most 255.
    octets = text.split('.')
    if len(octets) != 4:
        return False
    for octet in octets:
        if not _is_ascii_digits(octet) or len(octet) > 3:
            return False
        if len(octet) > 1 and octet[0] == '0':
            return False
        if int(octet) > 255:
            return False
    return True


def _is_ipv6(text):
    # ipaddress.IPv6Address: hex groups, one '::' at most, an IPv4 tail, a %scope suffix.
    address, percent, scope = text.partition('%')
    if percent and (not scope or '%' in scope):
        return False
    parts = address.split(':')
    if len(parts) < 3:
        return False
    groups = 8
    if '.' in parts[-1]:
        if not _is_ipv4(parts[-1]):
            return False
        parts[-1] = '0'
        parts.append('0')
    if len(parts) > groups + 1:
        return False
    empty = [i for i in range(1, len(parts) - 1) if not parts[i]]
    if len(empty) > 1:
        return False
    if empty:
        skip = empty[0]
        head = parts[:skip]
        tail = parts[skip + 1:]
        if head == ['']:
            head = []
        elif not head[0]:
            return False
        if tail == ['']:
            tail = []
        elif not tail[-1]:
            return False
        if len(head) + len(tail) > groups - 1:
            return False
    else:
        if len(parts) != groups:
            return False
        head = parts
        tail = []
    for part in head + tail:
        if not part or len(part) > 4 or any(c not in _HEXDIGITS for c in part):
            return False
    return True


def urlsplit(url, scheme='', allow_fragments=True):
    """Parse a URL into 5 components: <scheme>://<netloc>/<path>?<query>#<fragment>."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)

    for b in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(b, "")
        scheme = scheme.replace(b, "")

    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0] in _ASCII_LETTERS:
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc and ']' in netloc:
            bracketed_host = netloc.partition('[')[2].partition(']')[0]
            _check_bracketed_host(bracketed_host)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    v = SplitResult(scheme, netloc, url, query, fragment)
    return _coerce_result(v)


def urlunparse(components):
    """Put a parsed URL back together again."""
    scheme, netloc, url, params, query, fragment, _coerce_result = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def urlunsplit(components):
    """Combine the elements of a tuple as returned by urlsplit() into a complete URL."""
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def urljoin(base, url, allow_fragments=True):
    """Join a base URL and a possibly relative URL to form an absolute interpretation of the latter."""
    if not base:
        return url
    if not url:
        return base

    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc

    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))

    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        del base_parts[-1]

    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        # filter out elements that would cause redundant slashes on re-joining
        if len(segments) > 1:
            segments = segments[:1] + [s for s in segments[1:-1] if s] + segments[-1:]

    resolved_path = []

    for seg in segments:
        if seg == '..':
            if resolved_path:
                resolved_path.pop()
        elif seg == '.':
            continue
        else:
            resolved_path.append(seg)

    if segments[-1] in ('.', '..'):
        resolved_path.append('')

    return _coerce_result(urlunparse((scheme, netloc, '/'.join(resolved_path) or '/',
                                      params, query, fragment)))


def urldefrag(url):
    """Removes any existing fragment from URL; returns (url without fragment, fragment)."""
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _coerce_result(DefragResult(defrag, frag))


def _hex_value(pair):
    # The byte value of two hex digits (bytes or str of length 2), or None.
    if len(pair) != 2:
        return None
    value = 0
    for c in pair:
        if not isinstance(c, str):
            c = chr(c)
        digit = _HEXDIGITS.find(c)
        if digit < 0:
            return None
        value = value * 16 + (digit if digit < 16 else digit - 6)
    return value


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode()
    bits = bytes(string).split(b'%')
    if len(bits) == 1:
        return bytes(string)
    res = [bits[0]]
    for item in bits[1:]:
        value = _hex_value(item[:2])
        if value is None:
            res.append(b'%')
            res.append(item)
        else:
            res.append(bytes((value,)))
            res.append(item[2:])
    return b''.join(res)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent: unquote('abc%20def') -> 'abc def'."""
    if isinstance(string, bytes):
        return _textcodec.decode(unquote_to_bytes(string), encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Runs of ASCII are unquoted and decoded; other characters are kept as they are.
    res = []
    start = 0
    n = len(string)
    while start < n:
        end = start
        while end < n and ord(string[end]) < 128:
            end += 1
        if end > start:
            res.append(_textcodec.decode(unquote_to_bytes(string[start:end]), encoding, errors))
        start = end
        while end < n and ord(string[end]) >= 128:
            end += 1
        res.append(string[start:end])
        start = end
    return ''.join(res)


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict of lists of values."""
    parsed_result = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing,
                      encoding=encoding, errors=errors,
                      max_num_fields=max_num_fields, separator=separator)
    for name, value in pairs:
        if name in parsed_result:
            parsed_result[name].append(value)
        else:
            parsed_result[name] = [value]
    return parsed_result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)

    if not separator or (not isinstance(separator, (str, bytes))):
        raise ValueError("Separator must be of type string or bytes.")

    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')

    r = []
    query_args = qs.split(separator) if qs else []
    for name_value in query_args:
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (name_value,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = nv[0].replace('+', ' ')
            name = unquote(name, encoding=encoding, errors=errors)
            name = _coerce_result(name)
            value = nv[1].replace('+', ' ')
            value = unquote(value, encoding=encoding, errors=errors)
            value = _coerce_result(value)
            r.append((name, value))
    return r


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces: unquote_plus('%7e/abc+def') -> '~/abc def'."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


_ALWAYS_SAFE_BYTES = (b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                      b'abcdefghijklmnopqrstuvwxyz'
                      b'0123456789'
                      b'_.-~')


def quote(string, safe='/', encoding=None, errors=None):
    """quote('abc def') -> 'abc%20def': %-escape everything but letters, digits, '_.-~' and safe."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = _textcodec.encode(string, encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace ' ' with '+', for HTML form values; safe defaults to ''."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts bytes and does no encoding: quote_from_bytes(b'abc def?') -> 'abc%20def%3F'."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = bytes([ord(c) for c in safe if ord(c) < 128])
    else:
        safe = bytes([c for c in safe if c < 128])
    safe = set(_ALWAYS_SAFE_BYTES + safe)
    return ''.join([chr(b) if b in safe else '%%%02X' % b for b in bs])


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encode a dict or sequence of two-element tuples into a URL query string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence or mapping object")

    l = []
    if not doseq:
        for k, v in query:
            if isinstance(k, bytes):
                k = quote_via(k, safe)
            else:
                k = quote_via(str(k), safe, encoding, errors)

            if isinstance(v, bytes):
                v = quote_via(v, safe)
            else:
                v = quote_via(str(v), safe, encoding, errors)
            l.append(k + '=' + v)
    else:
        for k, v in query:
            if isinstance(k, bytes):
                k = quote_via(k, safe)
            else:
                k = quote_via(str(k), safe, encoding, errors)

            if isinstance(v, bytes):
                v = quote_via(v, safe)
                l.append(k + '=' + v)
            elif isinstance(v, str):
                v = quote_via(v, safe, encoding, errors)
                l.append(k + '=' + v)
            else:
                try:
                    len(v)
                except TypeError:
                    v = quote_via(str(v), safe, encoding, errors)
                    l.append(k + '=' + v)
                else:
                    for elt in v:
                        if isinstance(elt, bytes):
                            elt = quote_via(elt, safe)
                        else:
                            elt = quote_via(str(elt), safe, encoding, errors)
                        l.append(k + '=' + elt)
    return '&'.join(l)


def unwrap(url):
    """Transform a string like '<URL:scheme://host/path>' into 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _splittype(url):
    """_splittype('type:opaquestring') --> 'type', 'opaquestring'."""
    colon = url.find(':')
    if colon > 0 and '/' not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def _splithost(url):
    """_splithost('//host[:port]/path') --> 'host[:port]', '/path'."""
    if url[:2] != '//':
        return None, url
    end = len(url)
    for c in '/?#':
        i = url.find(c, 2)
        if 0 <= i < end:
            end = i
    host_port, path = url[2:end], url[end:]
    if path and path[0] != '/':
        path = '/' + path
    return host_port, path


def _splittag(url):
    """_splittag('/path#tag') --> '/path', 'tag'."""
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None
