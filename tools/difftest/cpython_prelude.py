"""CPython stand-ins for mview's C-API builtins, so generated programs run unchanged in CPython.

run_cpython.py executes this file into every program's globals. The definitions follow
the reference facts about CPython's C-API (the shared design notes, section 1.10):
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
- Py_buffer(...), PyMemoryView_FromBuffer(info), PyObject_GetBuffer(obj, flags), PyBuffer_Release(x)
  and the PyBUF_* request flags (for geometry.py's programs): FromBuffer, GetBuffer and Release call
  CPython's own C functions through ctypes with a real C Py_buffer struct; see the section below.
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


# ---- PyBUF_* request flags (Include/pybuffer.h) ----
PyBUF_SIMPLE = 0
PyBUF_WRITABLE = 0x0001
PyBUF_FORMAT = 0x0004
PyBUF_ND = 0x0008
PyBUF_STRIDES = 0x0010 | PyBUF_ND
PyBUF_C_CONTIGUOUS = 0x0020 | PyBUF_STRIDES
PyBUF_F_CONTIGUOUS = 0x0040 | PyBUF_STRIDES
PyBUF_ANY_CONTIGUOUS = 0x0080 | PyBUF_STRIDES
PyBUF_INDIRECT = 0x0100 | PyBUF_STRIDES
PyBUF_CONTIG = PyBUF_ND | PyBUF_WRITABLE
PyBUF_CONTIG_RO = PyBUF_ND
PyBUF_STRIDED = PyBUF_STRIDES | PyBUF_WRITABLE
PyBUF_STRIDED_RO = PyBUF_STRIDES
PyBUF_RECORDS = PyBUF_STRIDES | PyBUF_WRITABLE | PyBUF_FORMAT
PyBUF_RECORDS_RO = PyBUF_STRIDES | PyBUF_FORMAT
PyBUF_FULL = PyBUF_INDIRECT | PyBUF_WRITABLE | PyBUF_FORMAT
PyBUF_FULL_RO = PyBUF_INDIRECT | PyBUF_FORMAT


# ---- Py_buffer, PyMemoryView_FromBuffer, PyObject_GetBuffer, PyBuffer_Release ----
#
# Py_buffer(...) is a plain spec object with mview's signature and defaults (docs/capi.md).
# PyMemoryView_FromBuffer(info) fills a real C Py_buffer struct and calls CPython's own
# PyMemoryView_FromBuffer, so the view's behaviour is CPython's, not an emulation:
# - buf = address of the memory of info.buf (a bytearray or another writable buffer) + offset.
#   The ctypes object that yields the address holds an export on that bytearray for the rest of
#   the process, so it can never be resized (generated programs never resize it).
# - shape/strides/suboffsets/format are ctypes arrays kept alive for the process lifetime (the
#   view copies shape/strides/suboffsets but keeps pointing at format and at the memory).
# - PIL layouts (some suboffsets[d] >= 0): mview stores pointers as 8-byte little-endian BYTE
#   OFFSETS into buf's memory; C needs absolute addresses. So the bytes are copied (once per
#   bytearray) into a private ctypes buffer and every pointer slot reachable through the geometry
#   (walked as CPython's ADJUST_PTR walks it) is rewritten to base address + stored offset. Views
#   over such a layout read and write that private copy, never the bytearray. The walk also
#   checks that every slot and item lies inside the memory and that slots overlap neither each
#   other nor any item, and raises ValueError otherwise, so a bad layout cannot crash CPython.

_KEEP_ALIVE = []        # every ctypes object handed to C, for the process lifetime
_ADDRESSES = {}         # id(buffer object) -> (object, ctypes array over its memory)
_PRIVATE = {}           # id(buffer object) -> [object, private ctypes copy, original bytes, {slot: offset}]

try:
    import ctypes as _ct
    import struct as _struct

    class _CPyBuffer(_ct.Structure):
        """Include/pybuffer.h, CPython 3.13 (80 bytes on 64-bit)."""
        _fields_ = [("buf", _ct.c_void_p), ("obj", _ct.c_void_p), ("len", _ct.c_ssize_t),
                    ("itemsize", _ct.c_ssize_t), ("readonly", _ct.c_int), ("ndim", _ct.c_int),
                    ("format", _ct.c_char_p), ("shape", _ct.POINTER(_ct.c_ssize_t)),
                    ("strides", _ct.POINTER(_ct.c_ssize_t)), ("suboffsets", _ct.POINTER(_ct.c_ssize_t)),
                    ("internal", _ct.c_void_p)]

    _from_buffer_c = _ct.pythonapi.PyMemoryView_FromBuffer
    _from_buffer_c.restype = _ct.py_object
    _from_buffer_c.argtypes = [_ct.POINTER(_CPyBuffer)]
    _get_buffer_c = _ct.pythonapi.PyObject_GetBuffer
    _get_buffer_c.restype = _ct.c_int
    _get_buffer_c.argtypes = [_ct.py_object, _ct.POINTER(_CPyBuffer), _ct.c_int]
    _release_c = _ct.pythonapi.PyBuffer_Release
    _release_c.restype = None
    _release_c.argtypes = [_ct.POINTER(_CPyBuffer)]
    _HAVE_CTYPES = True
except (ImportError, AttributeError):
    _HAVE_CTYPES = False


class Py_buffer:
    """Py_buffer(buf, obj=None, len=None, itemsize=None, readonly=None, ndim=None, format=None,
    shape=None, strides=None, suboffsets=None, offset=0), with mview's defaults."""

    def __init__(self, buf, obj=None, len=None, itemsize=None, readonly=None, ndim=None, format=None,
                 shape=None, strides=None, suboffsets=None, offset=0):
        fmt = "B" if format is None else format
        if itemsize is None:
            try:
                itemsize = _struct.calcsize(fmt) or 1
            except Exception:
                itemsize = 1
        if shape is not None:
            shape = tuple(shape)
        if len is None:
            if shape is not None:
                len = itemsize
                for n in shape:
                    len *= n
            elif buf is not None:
                len = memoryview(buf).nbytes - offset
            else:
                len = 0
        if ndim is None:
            ndim = 1 if shape is None else shape.__len__()
        if readonly is None:
            readonly = memoryview(buf).readonly if buf is not None else True
        self.buf, self.obj, self.len, self.itemsize, self.readonly = buf, obj, len, itemsize, readonly
        self.ndim, self.format, self.shape, self.offset = ndim, format, shape, offset
        self.strides = None if strides is None else tuple(strides)
        self.suboffsets = None if suboffsets is None else tuple(suboffsets)


def _ssize_array(values):
    if values is None:
        return None
    arr = (_ct.c_ssize_t * max(len(values), 1))(*values)
    _KEEP_ALIVE.append(arr)
    return _ct.cast(arr, _ct.POINTER(_ct.c_ssize_t))


def _address_of(obj):
    entry = _ADDRESSES.get(id(obj))
    if entry is None:
        n = memoryview(obj).nbytes
        arr = (_ct.c_char * max(n, 1)).from_buffer(obj) if n else (_ct.c_char * 1)()
        entry = (obj, arr)
        _ADDRESSES[id(obj)] = entry
        _KEEP_ALIVE.append(entry)
    return _ct.addressof(entry[1])


def _pil_address(obj, info, shape, strides):
    """The private copy of obj's bytes with the pointer slots of this geometry made absolute."""
    entry = _PRIVATE.get(id(obj))
    if entry is None:
        orig = bytes(memoryview(obj).cast("B"))
        mem = (_ct.c_char * max(len(orig), 1)).from_buffer_copy(orig + b"\0" * (len(orig) == 0))
        entry = [obj, mem, orig, {}]
        _PRIVATE[id(obj)] = entry
        _KEEP_ALIVE.append(entry)
    _, mem, orig, slots = entry
    base = _ct.addressof(mem)
    size = len(orig)
    subs = info.suboffsets
    itemsize = info.itemsize
    items = []
    new_slots = {}

    def walk(d, pos):
        if d == len(shape):
            if pos < 0 or pos + itemsize > size:
                raise ValueError("Py_buffer: PIL layout reaches outside the memory (item at %d)" % pos)
            items.append(pos)
            return
        for i in range(shape[d]):
            p = pos + i * strides[d]
            if subs[d] >= 0:
                if p not in slots and p not in new_slots:
                    if p < 0 or p + 8 > size:
                        raise ValueError("Py_buffer: PIL layout reaches outside the memory (slot at %d)" % p)
                    new_slots[p] = int.from_bytes(orig[p:p + 8], "little", signed=True)
                p = slots.get(p, new_slots.get(p)) + subs[d]
            walk(d + 1, p)

    walk(0, info.offset)
    all_slots = sorted(set(slots) | set(new_slots))
    for a, b in zip(all_slots, all_slots[1:]):
        if b < a + 8:
            raise ValueError("Py_buffer: PIL pointer slots overlap (%d, %d)" % (a, b))
    for pos in items:
        for s in all_slots:
            if pos < s + 8 and s < pos + itemsize:
                raise ValueError("Py_buffer: PIL item at %d overlaps the pointer slot at %d" % (pos, s))
    for p, stored in new_slots.items():
        slots[p] = stored
        _ct.c_void_p.from_address(base + p).value = base + stored
    return base


def PyMemoryView_FromBuffer(info):
    if not isinstance(info, Py_buffer):
        raise TypeError("PyMemoryView_FromBuffer(): expected a Py_buffer, not '%s'" % type(info).__name__)
    s = _CPyBuffer()
    s.len = info.len
    s.itemsize = info.itemsize
    s.readonly = 1 if info.readonly else 0
    s.ndim = info.ndim
    fmt = None if info.format is None else _ct.create_string_buffer(info.format.encode("ascii"))
    if fmt is not None:
        _KEEP_ALIVE.append(fmt)
        s.format = _ct.cast(fmt, _ct.c_char_p)
    shape = info.shape
    strides = info.strides
    if info.buf is not None:
        if info.suboffsets is not None and any(x >= 0 for x in info.suboffsets):
            full_shape = shape if shape is not None else (info.len // info.itemsize,)
            full_strides = strides
            if full_strides is None:
                full_strides, acc = [], info.itemsize
                for n in reversed(full_shape):
                    full_strides.insert(0, acc)
                    acc *= n
            s.buf = _pil_address(info.buf, info, tuple(full_shape), tuple(full_strides)) + info.offset
        else:
            s.buf = _address_of(info.buf) + info.offset
    if shape is not None:
        s.shape = _ssize_array(shape)
    if strides is not None:
        s.strides = _ssize_array(strides)
    if info.suboffsets is not None:
        s.suboffsets = _ssize_array(info.suboffsets)
    _KEEP_ALIVE.append(s)
    return _from_buffer_c(_ct.byref(s))


def _export_tuple(ptr, n):
    return None if not ptr else tuple(ptr[i] for i in range(n))


class _ExportedBuffer:
    """What PyObject_GetBuffer filled in: the C struct's members (never buf/obj addresses)."""
    __slots__ = ("_s", "_released")

    def __init__(self, s):
        self._s = s
        self._released = False

    @property
    def len(self):
        return self._s.len

    @property
    def itemsize(self):
        return self._s.itemsize

    @property
    def readonly(self):
        return self._s.readonly

    @property
    def ndim(self):
        return self._s.ndim

    @property
    def format(self):
        f = self._s.format
        return None if f is None else f.decode("ascii")

    @property
    def shape(self):
        return _export_tuple(self._s.shape, self._s.ndim)

    @property
    def strides(self):
        return _export_tuple(self._s.strides, self._s.ndim)

    @property
    def suboffsets(self):
        return _export_tuple(self._s.suboffsets, self._s.ndim)


_ExportedBuffer.__name__ = _ExportedBuffer.__qualname__ = "Py_buffer"


def PyObject_GetBuffer(obj, flags):
    s = _CPyBuffer()
    _get_buffer_c(obj, _ct.byref(s), flags)   # a failure raises the exception CPython set
    _KEEP_ALIVE.append(s)
    return _ExportedBuffer(s)


def PyBuffer_Release(view):
    if isinstance(view, _ExportedBuffer):
        if not view._released:
            view._released = True
            _release_c(_ct.byref(view._s))
    elif not isinstance(view, Py_buffer):
        raise TypeError("PyBuffer_Release() argument must be a Py_buffer, not '%s'" % type(view).__name__)
