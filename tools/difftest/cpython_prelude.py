"""CPython stand-ins for mview's C-API builtins, so generated programs run unchanged in CPython.

run_cpython.py executes this file into every program's globals. The definitions follow
/work/shared/reference.md section 1.10:
- PyMemoryView_FromObject(obj) is memoryview(obj).
- PyMemoryView_GetContiguous(obj, buffertype, order) calls CPython's own C function through
  ctypes, so its result (shared view when contiguous in `order`, otherwise a read-only copy that
  keeps shape and format, with Fortran strides for 'F') is CPython's truth, not an emulation. A
  pure-Python fallback (tobytes(order) + cast) is used only where ctypes is unavailable.
- PyMemoryView_FromMemory(mem, size, flags) is emulated as memoryview(mem)[:size], read-only
  unless flags == PyBUF_WRITE. It differs from the C function in ways the generator avoids: its
  .obj is `mem` (C: None), it holds an export on `mem` (C: none, so resizing would be allowed),
  a read-only view over a bytearray is unhashable (C: hashable), and over bytes it is read-only
  even with PyBUF_WRITE. Never print .obj of such views, hash them, or resize their memory.
"""

PyBUF_READ = 0x100
PyBUF_WRITE = 0x200

PyMemoryView_FromObject = memoryview


def _get_contiguous_fallback(obj, buffertype, order):
    m = memoryview(obj)
    if buffertype == PyBUF_WRITE and m.readonly:
        raise BufferError("underlying buffer is not writable")
    contiguous = {"C": m.c_contiguous, "F": m.f_contiguous, "A": m.contiguous}[order]
    if contiguous:
        return m
    if buffertype == PyBUF_WRITE:
        raise BufferError("writable contiguous buffer requested for a non-contiguous object.")
    return memoryview(m.tobytes(order)).cast(m.format, m.shape)


try:
    import ctypes as _ctypes

    _get_contiguous_c = _ctypes.pythonapi.PyMemoryView_GetContiguous
    _get_contiguous_c.restype = _ctypes.py_object
    _get_contiguous_c.argtypes = [_ctypes.py_object, _ctypes.c_int, _ctypes.c_char]

    def PyMemoryView_GetContiguous(obj, buffertype, order):
        if buffertype not in (PyBUF_READ, PyBUF_WRITE) or order not in ("C", "F", "A"):
            raise ValueError("PyMemoryView_GetContiguous: invalid argument")
        return _get_contiguous_c(obj, buffertype, order.encode("ascii"))
except (ImportError, AttributeError):
    PyMemoryView_GetContiguous = _get_contiguous_fallback


def PyMemoryView_FromMemory(mem, size, flags):
    m = memoryview(mem)[:size]
    return m if flags == PyBUF_WRITE else m.toreadonly()
