# GraalPy 25.1+: an mview view is a Python buffer (docs/polyglot.md, "From GraalPy 25.1+").
import hashlib, io, java, polyglot, struct, zlib

ByteBuffer = java.type('java.nio.ByteBuffer')
ByteOrder = java.type('java.nio.ByteOrder')
buf = ByteBuffer.allocateDirect(32).order(ByteOrder.LITTLE_ENDIAN)
for i in range(8):
    buf.putInt(4 * i, i + 1)

mview = polyglot.eval(language='mview', string='memoryview')
rows_reversed = polyglot.eval(language='mview', string='lambda m: m.cast("i", (2, 4))[::-1]')
v = rows_reversed(mview(buf))             # shape (2, 4), strides (-16, 4): no copy

m = memoryview(v)                         # format 'B', v.nbytes long: the logical bytes
print(m.format, m.nbytes, m.readonly)
typed = m.cast(v.format, tuple(v.shape))  # the typed view back
print(typed.tolist())
print(bytes(v)[:8], struct.unpack_from('<4i', v))
print(hashlib.sha256(v).hexdigest()[:16], zlib.crc32(v), int.from_bytes(v, 'little') % 1000)

struct.pack_into('<i', v, 4, 70)          # logical item 1 = buffer item 5 (the rows are reversed)
io.BytesIO(struct.pack('<i', 90)).readinto(v)
typed[1, 3] = -4                          # buffer item 3
print([buf.getInt(4 * i) for i in range(8)])
print(bytes(v.tobytes()) == bytes(v))
