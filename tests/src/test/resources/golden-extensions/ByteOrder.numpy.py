# NumPy's and struct's answers for ByteOrder.mv
import struct
import numpy as np
data = bytearray(b'\x00\x00\x01\x02\xff\xff\xff\xfe')
big = np.frombuffer(data, dtype='>i4')
little = np.frombuffer(data, dtype='<i4')
print('>i', big.itemsize, big.tolist(), little.tolist())
print(big[0], big[-1], np.frombuffer(data, '>u2').tolist(), np.frombuffer(data, '<i8').tolist())
print(np.frombuffer(data, '>f2').tolist(), np.frombuffer(data, '?').tolist())
print(big.tolist() == little.tolist(), big.tolist() == np.frombuffer(b'\x02\x01\x00\x00\xfe\xff\xff\xff', '<i4').tolist())
data[4:8] = struct.pack('>i', 1000)
print(data, list(data))
d = bytearray(16)
struct.pack_into('>d', d, 0, 1.5)
struct.pack_into('>d', d, 8, -0.0)
print(np.frombuffer(d, '>f8').tolist(), d.hex())
try:
    struct.pack('>h', 70000)
except struct.error:
    print('ValueError', "memoryview: invalid value for format '>h'")
try:
    struct.pack('<i', 'x')
except struct.error:
    print('TypeError', "memoryview: invalid type for format '<i'")
