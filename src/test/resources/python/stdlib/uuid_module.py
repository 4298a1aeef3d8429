# uuid: parsing, the derived attributes, uuid3/uuid5 values, uuid1/uuid4 properties, against CPython.
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(repr(u), str(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq, int(u))
for text in ("{12345678-1234-5678-1234-567812345678}", "12345678123456781234567812345678",
             "urn:uuid:12345678-1234-5678-1234-567812345678", "12345678-1234-5678-1234-56781234567F"):
    print(uuid.UUID(text) == u, uuid.UUID(text))
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(int=u.int) == u, uuid.UUID(bytes=b"\x12\x34\x56\x78" * 4))
print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1), uuid.UUID(int=0, version=4), uuid.UUID(int=(1 << 128) - 1, version=1))
for v in range(1, 6):
    w = uuid.UUID(int=0x0123456789ABCDEF0123456789ABCDEF, version=v)
    print(v, w, w.version, w.variant)
for n in (0, 0x8000 << 48, 0xC000 << 48, 0xE000 << 48):
    print(uuid.UUID(int=n).variant, uuid.UUID(int=n).version)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    for name in ("python.org", "http://example.com/x", "", "\u00e9t\u00e9"):
        print(uuid.uuid3(ns, name), uuid.uuid5(ns, name))
a = uuid.uuid4()
b = uuid.uuid4()
print(a != b, a.version, b.variant, len(str(a)), str(a)[14], str(a)[19] in "89ab", type(a.int).__name__)
c = uuid.uuid1()
d = uuid.uuid1()
print(c.version, c.variant, c < d, c.node == d.node, c.time < d.time, c.time > 0x1e000000000000)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node, uuid.uuid1(clock_seq=0x1234).clock_seq, uuid.getnode() == uuid.getnode())
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), uuid.UUID(int=1) <= uuid.UUID(int=1),
      uuid.UUID(int=5) > uuid.UUID(int=4), uuid.UUID(int=5) == 5, len({uuid.UUID(int=7), uuid.UUID(int=7)}))
for kwargs in ({}, {"hex": "1234"}, {"hex": "x" * 32}, {"bytes": b"short"}, {"bytes_le": b"x"}, {"int": -1},
               {"int": 1 << 128}, {"int": 1, "version": 6}, {"fields": (1 << 32, 0, 0, 0, 0, 0)},
               {"fields": (0, 0, 0, 256, 0, 0)}, {"fields": (0, 0, 0, 0, 0, 1 << 48)}, {"hex": "0" * 32, "int": 0}):
    try:
        print(uuid.UUID(**kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e if "int()" not in str(e) else "")
try:
    u.extra = 5
except TypeError as e:
    print("TypeError", e)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
