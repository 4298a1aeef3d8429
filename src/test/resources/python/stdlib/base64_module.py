# base64 and binascii: every encoding at edge lengths, decoding rules and errors, against CPython.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xff\xfe\xfd", b"\x00" * 7,
           b"?>?>", b"hello world\n"]
for data in samples:
    e64 = base64.b64encode(data)
    print(len(data), e64[:60], base64.b64decode(e64) == data, base64.urlsafe_b64encode(data)[:60],
          base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data)
    e32 = base64.b32encode(data)
    print("  ", e32[:60], base64.b32decode(e32) == data, base64.b32hexencode(data)[:40],
          base64.b32hexdecode(base64.b32hexencode(data)) == data)
    e16 = base64.b16encode(data)
    print("  ", e16[:60], base64.b16decode(e16) == data, base64.b16decode(e16.lower(), casefold=True) == data,
          base64.standard_b64encode(data) == e64, base64.standard_b64decode(e64) == data)
print(base64.b64encode(b"\xfb\xff\xbf", altchars=b"-_"), base64.b64encode(b"\xfb\xff\xbf", b"*!"),
      base64.b64decode(b"-_-_", altchars=b"-_"), base64.b64decode("+/+/"), base64.urlsafe_b64decode("-_-_"))
print(base64.b64decode("Zm9v YmFy\n"), base64.b64decode(b"Zm9v!!YmFy"), base64.b64decode("Zm9vYg=="),
      base64.b64decode("Zm9vYg==trailing"), base64.b64decode("Zm9vYmE="), base64.b64decode("Zm==9v"))
for bad, kwargs in (("Zm9vYg", {}), ("Zm9vY", {}), ("Z", {}), ("Zm9v YmFy", {"validate": True}),
                    ("Zm9vYg===", {"validate": True}), ("Zm9v!", {"validate": True}), ("Zm9vYmFy", {"validate": True}),
                    ("\u00e9", {}), (b"Zm9=v", {})):
    try:
        print(bad, base64.b64decode(bad, **kwargs))
    except ValueError as e:
        print(bad, type(e).__name__, isinstance(e, binascii.Error), e)
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=b"L"), base64.b32decode(b"0" * 8, map01="I"))
for bad in ("MZXW6", "MZXW6YQ1", "MZXW6=====", "MZ======", "mzxw6==="):
    try:
        print(repr(bad), base64.b32decode(bad))
    except binascii.Error as e:
        print(repr(bad), "Error", e)
for bad in ("0", "0G", "abcd"):
    try:
        print(repr(bad), base64.b16decode(bad))
    except binascii.Error as e:
        print(repr(bad), "Error", e)
big = bytes(range(256)) * 3
eb = base64.encodebytes(big)
print(len(eb), eb.count(b"\n"), eb[:80], base64.decodebytes(eb) == big, base64.encodebytes(b""), base64.encodebytes(b"abc"))
print(base64.decodebytes(b"YWJj\nZGVm\n"), base64.b64encode(bytearray(b"ab")), base64.b64encode(memoryview(b"xyz")))
for bad in (lambda: base64.b64encode("text"), lambda: base64.b64decode(5)):
    try:
        bad()
    except TypeError:
        print("TypeError")
print("-- binascii")
print(binascii.hexlify(b"\x01\xab"), binascii.b2a_hex(b"xy"), binascii.hexlify(b"\x01\x02\x03", "-"),
      binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", b" ", -2))
print(binascii.unhexlify("0aFF"), binascii.a2b_hex(b"4142"), binascii.crc32(b"hello world"), binascii.crc32(b""),
      binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False))
for bad in ("abc", "zz"):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)
print(binascii.a2b_base64(b"aGk=\n"), binascii.a2b_base64("aGk"[:2] + "=="))
for bad in (b"aGk=x", b"=aGk", b"aG=k", b"aGk!"):
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print("Error", e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
