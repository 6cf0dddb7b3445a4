# JS <-> Python image buffer: a JS RGBA image edited by Python through mview, and a Python
# grayscale image read by JS, both without a copy. Run: ./mview docs/examples/image.py
import polyglot

# A 4x2 RGBA image made by JS: a Uint8ClampedArray, pixel bytes 0, 1, 2, ...
make_image = polyglot.eval(language='js', string='''
    (w, h) => { const px = new Uint8ClampedArray(w * h * 4); px.forEach((_, i) => { px[i] = i; }); return px; }''')
pixels = make_image(4, 2)

# Python sees it as rows x columns x channels over the same memory, and inverts red, green and blue.
img = mview(pixels).cast('B', (2, 4, 4))
for y in range(len(img)):
    row = img[y]
    for x in range(len(row)):
        px = row[x]
        for c in range(3):
            px[c] = 255 - px[c]

first_two = polyglot.eval(language='js', string='(px) => Array.from(px.subarray(0, 8)).join(",")')
print('JS sees:', first_two(pixels))

# The other way: a Python grayscale image (a bytearray), summed by JS through a view of it.
gray = bytearray([10, 20, 30, 40, 50, 60])
rows = mview(gray).cast('B', (2, 3))
js_sum = polyglot.eval(language='js', string='(v) => new Uint8Array(v).reduce((a, b) => a + b, 0)')
rows[1][2] = 100                       # a write through the view is what JS reads
print('JS sum:', js_sum(rows), 'shape:', tuple(rows.shape))
