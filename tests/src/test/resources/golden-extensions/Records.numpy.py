# struct's answers for Records.mv (items are the tuples struct.unpack returns)
import struct
b = bytearray(16)
struct.pack_into('<HHI', b, 0, 1, 2, 3)
struct.pack_into('<HHI', b, 8, 65535, 0, 4294967295)
items = [struct.unpack_from('<HHI', b, k) for k in (0, 8)]
print('<HHI', struct.calcsize('<HHI'), len(b), items, items[1])
print(list(b))
s = b'abcdefgh'
print([struct.unpack_from('4s', s, k) for k in (0, 4)], struct.unpack_from('4s', s, 4), True)
p = bytearray(32)
struct.pack_into('dxxxxi', p, 0, 0.5, -7)
print(struct.calcsize('dxxxxi'), [struct.unpack_from('dxxxxi', p, k) for k in (0, 16)])
g = bytes(range(12))
print([struct.unpack_from('>2h', g, k) for k in range(0, 12, 4)])
try:
    struct.pack('<HHI', 1, 2)
except struct.error:
    print('ValueError', "memoryview: invalid value for format '<HHI'")
if not isinstance(5, tuple):  # an item of a record format is a tuple
    print('TypeError', "memoryview: invalid type for format '<HHI'")
