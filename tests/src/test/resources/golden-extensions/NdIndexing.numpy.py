# NumPy's answers for NdIndexing.mv (the oracle; a memoryview prints a view's shape and strides as tuples)
import numpy as np
a = np.frombuffer(bytearray(range(24)), dtype=np.uint8).reshape(2, 3, 4).copy()
print(a[1].tolist())
print(a[1, 2].tolist(), a[1, 2, 3])
print(a[:, 1:, ::2].tolist())
print(a[..., -1].tolist(), a[0, ::-1, 1].tolist())
s = a[:, 1, ::2]
print(s.shape, s.strides, s.flags.c_contiguous, s.flags.f_contiguous, s.base is a.base or s.base is a)
a[0, 0] = np.frombuffer(b'abcd', dtype=np.uint8)
a[1, :, 0] = a[0, :, 1].copy()
print(a.tolist())
print(a[0:0, 1].shape, a[..., 0, 0].shape, a[()].shape)
try:
    a[0, 0, 0, 0]
except IndexError:
    print('IndexError', 'too many indices for memoryview: memoryview is 3-dimensional, but 4 were indexed')
try:
    a[2]
except IndexError:
    print('IndexError', 'index 2 is out of bounds for axis 0 with size 2')
try:
    np.broadcast_shapes(a[0, 1:3].shape, (3,))
except ValueError:
    print('ValueError', 'memoryview assignment: lvalue and rvalue have different structures')
