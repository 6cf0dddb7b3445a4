# NumPy's answers for Complex.mv ('Zd' is complex128, '>Zf' big-endian complex64)
import numpy as np
z = np.zeros(3, dtype=np.complex128)
z[0] = complex(1, 2)
z[1] = 3
z[2] = complex(-0.0, -1.5)
print('Zd', z.itemsize, z.tolist(), z[0].item())
print(z[0] == complex(1, 2), z[1] == 3, z[0].real, z[0].imag, hash(z[1].item()) == hash(3))
print(complex(0, 2), complex(0, -0.0), complex(1e16, 1.5), complex(float('nan'), float('inf')))
f = np.zeros(1, dtype='>c8')
f[0] = complex(0.5, 0.25)
print(f.tolist(), f.tobytes().hex())
print(True, z.view(np.float64).tolist())
if not isinstance('x', (int, float, complex)):
    print('TypeError', "memoryview: invalid type for format 'Zd'")
