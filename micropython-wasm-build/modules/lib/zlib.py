"""zlib: compress, decompress, crc32, adler32, compressobj and decompressobj on
MicroPython's deflate module (uzlib), with CPython's wbits conventions (zlib 9..15, raw
-9..-15, gzip 25..31, automatic 40..47) and errors (zlib.error, "Error -3 while
decompressing data: ...").

Differences from CPython's zlib (which wraps the zlib C library):
- compressed bytes differ (uzlib has its own LZ77 with a small window and fixed Huffman
  codes); every decompressor reads them, and decompress() reads what zlib writes;
- level 0 writes stored blocks; levels 1-9 choose the LZ77 window (1-6 and the default:
  256 bytes, 7-8: 1 KiB, 9: 4 KiB); a larger window compresses better and costs more fuel
  (about 20, 70 and 260 units per input byte);
- Compress.flush() with a mode other than Z_FINISH returns what is ready without a sync
  point; Decompress objects return output once their input holds the whole compressed
  stream (CPython returns it as it arrives); unconsumed_tail is always empty; zdict is not
  supported.
"""

import uio as _uio
import deflate as _deflate
from binascii import crc32
from _zlib import adler32 as _adler32

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "uzlib"
ZLIB_RUNTIME_VERSION = "uzlib"


class error(Exception):
    pass


def adler32(data, value=1):
    """The Adler-32 checksum of data, continuing from value."""
    return _adler32(data, value & 0xFFFFFFFF)


def _format(wbits):
    # (deflate format, window bits for a raw stream, header kind) for CPython's wbits.
    if 8 <= wbits <= 15 or wbits == 0:
        return _deflate.ZLIB, "zlib"
    if -15 <= wbits <= -8:
        return _deflate.RAW, "raw"
    if 24 <= wbits <= 31:
        return _deflate.GZIP, "gzip"
    if 40 <= wbits <= 47:
        return _deflate.AUTO, "auto"
    raise error("Error -2 while preparing to decompress data: inconsistent stream state")


def _check_header(data, kind):
    # The header errors CPython reports, which uzlib reports only as invalid data.
    if kind == "raw" or len(data) < 2:
        return
    is_gzip = data[0] == 0x1F and data[1] == 0x8B
    if kind == "gzip" or (kind == "auto" and is_gzip):
        if not is_gzip:
            raise error("Error -3 while decompressing data: incorrect header check")
        return
    cmf, flg = data[0], data[1]
    if (cmf * 256 + flg) % 31:
        raise error("Error -3 while decompressing data: incorrect header check")
    if cmf & 0x0F != DEFLATED:
        raise error("Error -3 while decompressing data: unknown compression method")
    if flg & 0x20:
        raise error("Error 2 while decompressing data")


def _inflate(data, wbits):
    # (output, input bytes consumed); raises error for bad data and for truncated data.
    fmt, kind = _format(wbits)
    data = bytes(data)
    if not data:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    _check_header(data, kind)
    source = _uio.BytesIO(data)
    if fmt == _deflate.RAW:
        stream = _deflate.DeflateIO(source, fmt, -wbits)
    else:
        stream = _deflate.DeflateIO(source, fmt)
    try:
        out = stream.read()
    except EOFError:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    except (OSError, ValueError):
        raise error("Error -3 while decompressing data: invalid data")
    return out, source.tell()


def decompress(data, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """The decompressed bytes of data (a complete stream; data after its end is ignored)."""
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    return _inflate(data, wbits)[0]


def _window_bits(level):
    if level == -1:
        level = 6
    if not 0 <= level <= 9:
        raise error("Bad compression level")
    # uzlib searches its whole window for every byte: the window sets the cost (measured: about
    # 20, 70 and 260 fuel units per input byte for 256 B, 1 KiB and 4 KiB).
    if level <= 6:
        return 8
    if level <= 8:
        return 10
    return 12


_EMPTY_BLOCK = b"\x03\x00"  # a final fixed-Huffman block holding just end-of-block


def _stored(data):
    # Deflate stored blocks: the level-0 encoding.
    out = bytearray()
    if not data:
        return b"\x01\x00\x00\xff\xff"
    for start in range(0, len(data), 65535):
        chunk = data[start:start + 65535]
        final = 1 if start + 65535 >= len(data) else 0
        n = len(chunk)
        out += bytes((final, n & 0xFF, n >> 8, ~n & 0xFF, (~n >> 8) & 0xFF))
        out += chunk
    return bytes(out)


def _wrap(raw, data, kind):
    # A raw deflate stream as zlib (header, Adler-32) or gzip (header, CRC-32, size).
    if kind == "raw":
        return raw
    if kind == "gzip":
        header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
        trailer = crc32(data).to_bytes(4, "little") + (len(data) & 0xFFFFFFFF).to_bytes(4, "little")
        return header + raw + trailer
    return b"\x78\x01" + raw + adler32(data).to_bytes(4, "big")


def _compress_kind(wbits):
    if 9 <= wbits <= 15:
        return _deflate.ZLIB, "zlib"
    if -15 <= wbits <= -9:
        return _deflate.RAW, "raw"
    if 25 <= wbits <= 31:
        return _deflate.GZIP, "gzip"
    raise error("Bad compression level")  # what CPython reports for a bad wbits too


def compress(data, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """data compressed as a zlib (or, by wbits, raw or gzip) stream."""
    fmt, kind = _compress_kind(wbits)
    data = bytes(data)
    window = _window_bits(level)
    if level == 0:
        return _wrap(_stored(data), data, kind)
    if not data:
        return _wrap(_EMPTY_BLOCK, data, kind)  # uzlib writes nothing for no data
    out = _uio.BytesIO()
    stream = _deflate.DeflateIO(out, fmt, window)
    stream.write(data)
    stream.close()
    return out.getvalue()


class _Compress:
    def __init__(self, level, wbits):
        fmt, self._kind = _compress_kind(wbits)
        self._level = level
        self._out = _uio.BytesIO()
        self._stored = bytearray() if level == 0 else None
        self._stream = None if level == 0 else _deflate.DeflateIO(self._out, fmt, _window_bits(level))
        self._sent = 0
        self._written = False
        self._finished = False

    def _take(self):
        value = self._out.getvalue()
        new = value[self._sent:]
        self._sent = len(value)
        return new

    def compress(self, data):
        if self._finished:
            raise error("Error -2 while compressing data: inconsistent stream state")
        if self._stored is not None:
            self._stored += data
            return b""
        data = bytes(data)
        if data:
            self._written = True
            self._stream.write(data)
        return self._take()

    def flush(self, mode=Z_FINISH):
        if self._finished:
            raise error("Error -2 while flushing: inconsistent stream state")
        if mode == Z_NO_FLUSH:
            return b""
        if mode != Z_FINISH:
            return b"" if self._stored is not None else self._take()
        self._finished = True
        if self._stored is not None:
            data = bytes(self._stored)
            return _wrap(_stored(data), data, self._kind)
        if not self._written:
            return _wrap(_EMPTY_BLOCK, b"", self._kind)
        self._stream.close()
        return self._take()


class _Decompress:
    def __init__(self, wbits):
        _format(wbits)
        self._wbits = wbits
        self._input = b""
        self._pending = b""
        self.unused_data = b""
        self.unconsumed_tail = b""
        self.eof = False

    def decompress(self, data, max_length=0):
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            self.unused_data += bytes(data)
        else:
            self._input += bytes(data)
            try:
                out, used = _inflate(self._input, self._wbits)
            except error as e:
                if "incomplete" not in str(e):
                    raise
            else:
                self.eof = True
                self.unused_data = self._input[used:]
                self._input = b""
                self._pending += out
        if max_length and len(self._pending) > max_length:
            out, self._pending = self._pending[:max_length], self._pending[max_length:]
        else:
            out, self._pending = self._pending, b""
        return out

    def flush(self, length=DEF_BUF_SIZE):
        out, self._pending = self._pending, b""
        return out


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """An object that compresses data in pieces: compress(data) then flush()."""
    if zdict is not None:
        raise error("zdict is not supported")
    _window_bits(level)
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    """An object that decompresses a stream given in pieces."""
    if zdict:
        raise error("zdict is not supported")
    return _Decompress(wbits)
