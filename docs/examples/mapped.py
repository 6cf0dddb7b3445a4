# One memory-mapped file read by Python and JS: ./mview --map data=FILE docs/examples/mapped.py
# FILE holds b'MVW1' and three little-endian unsigned 32-bit counts. The launcher maps it and binds
# the mapping as `data`; both languages read the file's pages directly.
import polyglot

v = mview(data)                                   # read-only 'B' view over the mapping
words = v.cast('I')                               # the same 16 bytes as four uint32
magic = bytes(v.tobytes())[:4].decode()
counts = words.tolist()[1:]

js_total = polyglot.eval(language='js', string='''
    (view) => { const dv = new DataView(view); return dv.getUint32(4, true) + dv.getUint32(8, true) + dv.getUint32(12, true); }''')
print(magic, counts, 'JS total:', js_total(v), 'read-only:', v.readonly)
