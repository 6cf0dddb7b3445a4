package org.mview.language.memoryview;

import org.mview.language.Messages;
import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mview.language.MViewContext;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.ByteArrayStorage;
import org.mview.language.buffer.ManagedBuffer;
import org.mview.language.buffer.SegmentStorage;
import org.mview.language.buffer.Storage;
import org.mview.language.buffer.StructFormat;
import org.mview.language.runtime.ForeignValues;
import org.mview.language.runtime.PByteArray;
import org.mview.language.runtime.PBytes;
import org.mview.language.runtime.PList;
import org.mview.language.runtime.PNone;
import org.mview.language.runtime.PTuple;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/**
 * The seed's C-API ({@code PyMemoryView_*}) with CPython's semantics, plus {@code PyObject_GetBuffer}
 * and {@code PyBuffer_Release} so that guest code can hold exports. Pointers are modelled as objects
 * that own memory (with an {@code offset}), or as raw addresses where the embedder allowed native
 * access.
 */
public final class CApi {

    public static final long PyBUF_READ = 0x100;
    public static final long PyBUF_WRITE = 0x200;

    public static final long PyBUF_SIMPLE = 0;
    public static final long PyBUF_WRITABLE = 0x1;
    public static final long PyBUF_FORMAT = 0x4;
    public static final long PyBUF_ND = 0x8;
    public static final long PyBUF_STRIDES = 0x10 | PyBUF_ND;
    public static final long PyBUF_C_CONTIGUOUS = 0x20 | PyBUF_STRIDES;
    public static final long PyBUF_F_CONTIGUOUS = 0x40 | PyBUF_STRIDES;
    public static final long PyBUF_ANY_CONTIGUOUS = 0x80 | PyBUF_STRIDES;
    public static final long PyBUF_INDIRECT = 0x100 | PyBUF_STRIDES;

    /** The constants bound as builtins. */
    public static final Map<String, Long> CONSTANTS = constants();

    static final String[] PY_BUFFER_PARAMETERS_ARRAY = {"buf", "obj", "len", "itemsize", "readonly", "ndim", "format", "shape", "strides", "suboffsets", "offset"};
    public static final String[] PY_BUFFER_PARAMETERS = PY_BUFFER_PARAMETERS_ARRAY.clone();

    private CApi() {
    }

    private static Map<String, Long> constants() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("PyBUF_READ", PyBUF_READ);
        c.put("PyBUF_WRITE", PyBUF_WRITE);
        c.put("PyBUF_SIMPLE", PyBUF_SIMPLE);
        c.put("PyBUF_WRITABLE", PyBUF_WRITABLE);
        c.put("PyBUF_FORMAT", PyBUF_FORMAT);
        c.put("PyBUF_ND", PyBUF_ND);
        c.put("PyBUF_STRIDES", PyBUF_STRIDES);
        c.put("PyBUF_C_CONTIGUOUS", PyBUF_C_CONTIGUOUS);
        c.put("PyBUF_F_CONTIGUOUS", PyBUF_F_CONTIGUOUS);
        c.put("PyBUF_ANY_CONTIGUOUS", PyBUF_ANY_CONTIGUOUS);
        c.put("PyBUF_INDIRECT", PyBUF_INDIRECT);
        c.put("PyBUF_CONTIG", PyBUF_ND | PyBUF_WRITABLE);
        c.put("PyBUF_CONTIG_RO", PyBUF_ND);
        c.put("PyBUF_STRIDED", PyBUF_STRIDES | PyBUF_WRITABLE);
        c.put("PyBUF_STRIDED_RO", PyBUF_STRIDES);
        c.put("PyBUF_RECORDS", PyBUF_STRIDES | PyBUF_WRITABLE | PyBUF_FORMAT);
        c.put("PyBUF_RECORDS_RO", PyBUF_STRIDES | PyBUF_FORMAT);
        c.put("PyBUF_FULL", PyBUF_INDIRECT | PyBUF_WRITABLE | PyBUF_FORMAT);
        c.put("PyBUF_FULL_RO", PyBUF_INDIRECT | PyBUF_FORMAT);
        return c;
    }

    /** {@code PyMemoryView_Check(op)}. */
    public static boolean check(Object op) {
        return op instanceof MemoryView;
    }

    /** {@code PyMemoryView_GET_BUFFER(op)}: the view's live descriptor. */
    @TruffleBoundary
    public static PyBuffer getBuffer(Object op) {
        return new PyBuffer(asView(op).descriptor(), null, null, null);
    }

    /** {@code PyMemoryView_GET_BASE(op)}: the exporter, or None. */
    @TruffleBoundary
    public static Object getBase(Object op) {
        Object obj = asView(op).obj();
        return obj == null ? PNone.INSTANCE : obj;
    }

    /**
     * mview's extension for Java embedders: the memory of a C-contiguous view as a host
     * {@link MemorySegment} over the same bytes (its {@code nbytes} from the first item), read-only
     * when the view is. Only views over Java memory ({@code byte[]}, segments, NIO buffers, mview's own
     * bytes objects) qualify; a foreign buffer's memory is not reachable from the host.
     */
    @TruffleBoundary
    public static Object asMemorySegment(Object op) {
        MemoryView mv = asView(op);
        mv.checkReleased();
        BufferDescriptor view = mv.descriptor();
        if (!view.isCContiguous()) {
            throw PythonError.raise(PythonErrorType.BufferError, Messages.NOT_C_CONTIGUOUS);
        }
        MemorySegment whole;
        if (view.storage() instanceof ByteArrayStorage bytes) {
            whole = MemorySegment.ofArray(bytes.bytes());
        } else if (view.storage() instanceof SegmentStorage segment) {
            whole = segment.segment();
        } else {
            throw PythonError.raise(PythonErrorType.BufferError, "memoryview: the memory of a foreign buffer cannot be handed to Java; read it through the view's buffer messages");
        }
        if (!Storage.inBounds(view.offset(), view.len(), whole.byteSize())) {
            throw Storage.outOfBounds();
        }
        MemorySegment segment = whole.asSlice(view.offset(), view.len());
        if (view.readonly() || !view.storage().isWritable()) {
            segment = segment.asReadOnly();
        }
        return MViewContext.get(null).getEnv().asGuestValue(segment);
    }

    private static MemoryView asView(Object op) {
        if (op instanceof MemoryView mv) {
            return mv;
        }
        throw PythonError.raise(PythonErrorType.TypeError, "expected a memoryview, not '" + PyObjects.typeName(op) + "'");
    }

    /**
     * {@code PyMemoryView_FromMemory(mem, size, flags)}: a one-dimensional {@code 'B'} view of
     * {@code size} bytes with {@code obj} None, writable only for {@code PyBUF_WRITE}. {@code mem} is
     * bytes, a bytearray, a host {@code byte[]}, {@code ByteBuffer} or {@code MemorySegment}, or a raw
     * address (an int) where the embedder allowed native access.
     */
    @TruffleBoundary
    public static MemoryView fromMemory(Object mem, Object sizeArg, Object flagsArg, boolean nativeAccessAllowed) {
        long size = PyObjects.asSsize(sizeArg, PythonErrorType.OverflowError);
        long flags = PyObjects.asSsize(flagsArg, PythonErrorType.OverflowError);
        if (flags != PyBUF_READ && flags != PyBUF_WRITE) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromMemory(): flags must be PyBUF_READ or PyBUF_WRITE");
        }
        if (size < 0) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromMemory(): size must not be negative");
        }
        boolean writable = flags == PyBUF_WRITE;
        Storage storage;
        if (mem instanceof PNone) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromMemory(): mem must not be NULL");
        } else if (PyObjects.isIndex(mem) && !(mem instanceof Boolean)) {
            storage = rawMemory(PyObjects.index(mem), size, writable, nativeAccessAllowed);
        } else if (mem instanceof PBytes b) {
            storage = new ByteArrayStorage(b.bytes(), false);
        } else if (mem instanceof PByteArray b) {
            storage = new ByteArrayStorage(b.bytes(), true);
        } else {
            ManagedBuffer mbuf = Exporters.tryAcquire(mem);
            if (mbuf == null || mbuf.master().ndim() != 1 || !mbuf.master().isCContiguous()) {
                throw PythonError.raise(PythonErrorType.TypeError, "PyMemoryView_FromMemory(): mem must be a pointer (an int), bytes, bytearray, byte[], ByteBuffer or MemorySegment, not '" + PyObjects.typeName(mem) + "'");
            }
            storage = mbuf.master().storage();
            if (mbuf.master().offset() != 0 || mbuf.master().len() != storage.byteSize()) {
                storage = null;
            }
            if (storage == null) {
                throw PythonError.raise(PythonErrorType.TypeError, "PyMemoryView_FromMemory(): mem must start at the beginning of its memory");
            }
        }
        if (size > storage.byteSize()) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromMemory(): size " + size + " exceeds the " + storage.byteSize() + " bytes of mem");
        }
        if (writable && !storage.isWritable()) {
            throw PythonError.raise(PythonErrorType.BufferError, "PyMemoryView_FromMemory(): mem is read-only; PyBUF_WRITE needs writable memory");
        }
        return ViewFactory.fromManagedBuffer(new ManagedBuffer(BufferDescriptor.bytes(null, storage, 0, size, !writable), null));
    }

    private static Storage rawMemory(Object address, long size, boolean writable, boolean nativeAccessAllowed) {
        if (!nativeAccessAllowed) {
            throw PythonError.raise(PythonErrorType.ValueError,
                            "PyMemoryView_FromMemory(): raw memory addresses need native access, which the embedder has not allowed (Context.Builder.allowNativeAccess)");
        }
        // Addresses are unsigned machine words: 0, negatives (above 2**63) and ranges that wrap around
        // the address space are refused before any segment exists.
        if (!(address instanceof Long a) || a <= 0 || a > Long.MAX_VALUE - size) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromMemory(): invalid address " + address);
        }
        try {
            MemorySegment segment = MemorySegment.ofAddress(a).reinterpret(size);
            return new SegmentStorage(segment, writable);
        } catch (IllegalArgumentException | IllegalCallerException e) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromMemory(): invalid address " + address + " for " + size + " bytes");
        }
    }

    /** {@code PyMemoryView_FromBuffer(info)}: a view with {@code obj} None over the memory {@code info} describes. */
    @TruffleBoundary
    public static MemoryView fromBuffer(Object info) {
        BufferDescriptor d;
        if (info instanceof PyBuffer pb) {
            d = pb.descriptor();
            d = new BufferDescriptor(null, d.storage(), d.offset(), d.len(), d.itemsize(), d.readonly(), d.format(), d.kind(), d.shape(), d.strides(), d.suboffsets());
        } else {
            d = describe(readForeignInfo(info));
        }
        return ViewFactory.fromManagedBuffer(new ManagedBuffer(d, null));
    }

    /** {@code Py_buffer(buf, obj=None, len=None, itemsize=None, readonly=None, ndim=None, format=None, shape=None, strides=None, suboffsets=None, offset=0)}. */
    @TruffleBoundary
    public static PyBuffer pyBuffer(Object[] a) {
        return new PyBuffer(describe(a), a[0], null, null);
    }

    private static Object[] readForeignInfo(Object info) {
        InteropLibrary lib = InteropLibrary.getUncached(info);
        if (!lib.hasMembers(info)) {
            throw PythonError.raise(PythonErrorType.TypeError, "PyMemoryView_FromBuffer(): expected a Py_buffer, not '" + PyObjects.typeName(info) + "'");
        }
        Object[] values = new Object[PY_BUFFER_PARAMETERS_ARRAY.length];
        for (int i = 0; i < values.length; i++) {
            String name = PY_BUFFER_PARAMETERS_ARRAY[i];
            try {
                if (lib.isMemberReadable(info, name)) {
                    Object v = ForeignValues.toPython(lib.readMember(info, name));
                    values[i] = v instanceof PNone ? null : sequenceOf(v);
                }
            } catch (UnsupportedMessageException | UnknownIdentifierException e) {
                values[i] = null;
            }
        }
        return values;
    }

    /** Foreign arrays (a JS array for {@code shape}) become tuples. */
    private static Object sequenceOf(Object v) {
        InteropLibrary lib = InteropLibrary.getUncached(v);
        if (v instanceof PTuple || v instanceof PList || v instanceof String || !lib.hasArrayElements(v) || lib.hasBufferElements(v)) {
            return v;
        }
        try {
            Object[] items = new Object[(int) lib.getArraySize(v)];
            for (int i = 0; i < items.length; i++) {
                items[i] = ForeignValues.toPython(lib.readArrayElement(v, i));
            }
            return new PTuple(items);
        } catch (Exception e) {
            return v;
        }
    }

    /** Builds and validates a descriptor from Py_buffer members; CPython's defaults fill what is missing. */
    private static BufferDescriptor describe(Object[] members) {
        Object[] a = members.clone();
        for (int i = 1; i < a.length; i++) {
            if (a[i] instanceof PNone) {
                a[i] = null; // None means "not given", as a NULL member does in C
            }
        }
        Object buf = a[0];
        if (buf == null || buf instanceof PNone) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromBuffer(): info->buf must not be NULL");
        }
        ManagedBuffer memory = Exporters.tryAcquire(buf);
        if (memory == null) {
            throw PythonError.raise(PythonErrorType.TypeError, "Py_buffer: buf must be an object with memory (bytes, bytearray, ...), not '" + PyObjects.typeName(buf) + "'");
        }
        // The memory is borrowed, as a C pointer is: no export is held (PyMemoryView_FromBuffer never releases).
        memory.registerView();
        memory.unregisterView();
        BufferDescriptor base = memory.master();
        Storage storage = base.storage();
        Object obj = a[1] == null || a[1] instanceof PNone ? null : a[1];
        String format = a[6] == null ? "B" : asString(a[6], "format");
        int itemsize;
        if (a[3] != null) {
            itemsize = (int) positive(a[3], "itemsize");
        } else {
            StructFormat struct = StructFormat.parse(format);
            itemsize = struct == null || struct.size() == 0 ? 1 : struct.size();
        }
        BufferFormat kind = BufferFormat.parse(format);
        if (kind != BufferFormat.OTHER && itemsize != kind.itemsize()) {
            // Element access decodes kind.itemsize() bytes per item; a different stride would make
            // items overlap or read past the view. CPython trusts the caller here.
            throw PythonError.raise(PythonErrorType.ValueError,
                            "Py_buffer: itemsize " + itemsize + " does not match format '" + format + "' (" + kind.itemsize() + " bytes)");
        }
        boolean readonly = a[4] == null ? base.readonly() : PyObjects.isTrue(a[4]);
        if (!readonly && !storage.isWritable()) {
            throw PythonError.raise(PythonErrorType.BufferError, "Py_buffer: readonly=False over read-only memory");
        }
        long offset = base.offset() + (a[10] == null ? 0 : PyObjects.asSsize(a[10], PythonErrorType.OverflowError));
        long[] shape = a[7] == null ? null : longs(a[7], "shape");
        long len;
        if (a[2] != null) {
            len = PyObjects.asSsize(a[2], PythonErrorType.OverflowError);
        } else if (shape != null) {
            len = itemsize;
            for (long dim : shape) {
                len = multiplyShape(len, dim);
            }
        } else {
            len = base.len() - (offset - base.offset());
        }
        if (len < 0) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: len must not be negative");
        }
        int ndim = a[5] == null ? (shape == null ? 1 : shape.length) : (int) PyObjects.asSsize(a[5], PythonErrorType.OverflowError);
        if (ndim < 0 || ndim > BufferDescriptor.MAX_NDIM) {
            throw ViewFactory.tooManyDimensions();
        }
        if (shape == null) {
            if (ndim != 1) {
                throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: shape is required when ndim is " + ndim);
            }
            if (len % itemsize != 0) {
                throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: len is not a multiple of itemsize");
            }
            shape = new long[]{len / itemsize};
        }
        if (shape.length != ndim) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: shape has " + shape.length + " entries but ndim is " + ndim);
        }
        long product = itemsize;
        for (long dim : shape) {
            if (dim < 0) {
                throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: shape entries must not be negative");
            }
            product = multiplyShape(product, dim);
        }
        if (product != len) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: len " + len + " != product(shape) * itemsize " + product);
        }
        long[] strides = a[8] == null ? BufferDescriptor.cStrides(shape, itemsize) : longs(a[8], "strides");
        if (strides.length != ndim) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: strides has " + strides.length + " entries but ndim is " + ndim);
        }
        long[] suboffsets = a[9] == null ? null : longs(a[9], "suboffsets");
        if (suboffsets != null && suboffsets.length != ndim) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: suboffsets has " + suboffsets.length + " entries but ndim is " + ndim);
        }
        // Suboffsets that are all negative are kept, as CPython keeps them (a PIL view that is never
        // contiguous), but they follow no pointer, so the layout can be checked now.
        if (suboffsets == null || allNegative(suboffsets)) {
            checkExtent(offset, itemsize, shape, strides, storage.byteSize());
        }
        return new BufferDescriptor(obj, storage, offset, len, itemsize, readonly, format, BufferFormat.parse(format), shape, strides, suboffsets);
    }

    private static boolean allNegative(long[] suboffsets) {
        for (long s : suboffsets) {
            if (s >= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code product(shape) * itemsize} step; an overflow is a Python error, never an ArithmeticException. */
    private static long multiplyShape(long a, long b) {
        long r = a * b;
        long ax = Math.abs(a);
        long bx = Math.abs(b);
        if (((ax | bx) >>> 31 != 0) && ((b != 0 && r / b != a) || (a == Long.MIN_VALUE && b == -1))) {
            throw PythonError.raise(PythonErrorType.OverflowError, "Py_buffer: product(shape) * itemsize does not fit in Py_ssize_t");
        }
        return r;
    }

    /** Every element of a strided layout lies inside the memory (numpy's extent check). */
    private static void checkExtent(long offset, int itemsize, long[] shape, long[] strides, long size) {
        try {
            checkExtentExact(offset, itemsize, shape, strides, size);
        } catch (ArithmeticException e) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: the layout reaches beyond the address space, outside the " + size + " bytes of buf");
        }
    }

    private static void checkExtentExact(long offset, int itemsize, long[] shape, long[] strides, long size) {
        long low = offset;
        long high = Math.addExact(offset, itemsize);
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 0) {
                return;
            }
            long span = Math.multiplyExact(shape[d] - 1, strides[d]);
            if (span < 0) {
                low = Math.addExact(low, span);
            } else {
                high = Math.addExact(high, span);
            }
        }
        if (low < 0 || high > size) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: the layout reaches bytes " + low + " to " + high + ", outside the " + size + " bytes of buf");
        }
    }

    private static String asString(Object v, String what) {
        if (v instanceof String s) {
            return s;
        }
        throw PythonError.raise(PythonErrorType.TypeError, "Py_buffer: " + what + " must be a str, not '" + PyObjects.typeName(v) + "'");
    }

    private static long positive(Object v, String what) {
        long n = PyObjects.asSsize(v, PythonErrorType.OverflowError);
        if (n <= 0) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: " + what + " must be positive");
        }
        return n;
    }

    private static long[] longs(Object v, String what) {
        Object[] items = PyObjects.sequenceItems(v);
        if (items == null) {
            throw PythonError.raise(PythonErrorType.TypeError, "Py_buffer: " + what + " must be a tuple or a list of ints");
        }
        long[] result = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            result[i] = PyObjects.asSsize(items[i], PythonErrorType.OverflowError);
        }
        return result;
    }

    /**
     * {@code PyMemoryView_GetContiguous(obj, buffertype, order)}: the view itself when it is already
     * contiguous in {@code order}, otherwise a read-only, shape-keeping copy.
     */
    @TruffleBoundary
    public static MemoryView getContiguous(Object obj, Object buffertypeArg, Object orderArg) {
        long buffertype = PyObjects.asSsize(buffertypeArg, PythonErrorType.OverflowError);
        if (buffertype != PyBUF_READ && buffertype != PyBUF_WRITE) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_GetContiguous(): buffertype must be PyBUF_READ or PyBUF_WRITE");
        }
        char order = orderChar(orderArg);
        MemoryView mv = ViewFactory.fromObject(obj);
        BufferDescriptor v = mv.descriptor();
        if (buffertype == PyBUF_WRITE && v.readonly()) {
            mv.release();
            throw PythonError.raise(PythonErrorType.BufferError, "underlying buffer is not writable");
        }
        if (v.isContiguous(order)) {
            return mv;
        }
        if (buffertype == PyBUF_WRITE) {
            mv.release();
            throw PythonError.raise(PythonErrorType.BufferError, "writable contiguous buffer requested for a non-contiguous object.");
        }
        char copyOrder = order == 'F' ? 'F' : 'C';
        byte[] bytes = org.mview.language.nodes.copy.CopyToContiguousNode.getUncached().execute(v, copyOrder);
        mv.release();
        PBytes owner = new PBytes(bytes);
        long[] strides = copyOrder == 'F' ? BufferDescriptor.fortranStrides(v.shape(), v.itemsize()) : BufferDescriptor.cStrides(v.shape(), v.itemsize());
        BufferDescriptor copy = new BufferDescriptor(owner, new ByteArrayStorage(bytes, false), 0, v.len(), v.itemsize(), true, v.format(), v.kind(), v.shape().clone(),
                        strides, null);
        return ViewFactory.fromManagedBuffer(new ManagedBuffer(copy, null));
    }

    private static char orderChar(Object order) {
        if (order instanceof String s && s.length() == 1 && "CFA".indexOf(s.charAt(0)) >= 0) {
            return s.charAt(0);
        }
        throw PythonError.raise(PythonErrorType.ValueError, Messages.ORDER);
    }

    /**
     * {@code PyObject_GetBuffer(obj, flags)}: an export, with the request checks of
     * {@code memory_getbuf} when {@code obj} is a view. It counts against {@code release()} of that
     * view until {@link #releaseBufferExport}.
     */
    @TruffleBoundary
    public static PyBuffer getBufferExport(Object obj, Object flagsArg) {
        long flags = PyObjects.asSsize(flagsArg, PythonErrorType.OverflowError);
        if (obj instanceof MemoryView mv) {
            mv.checkReleased();
            BufferDescriptor v = mv.descriptor();
            checkRequest(mv, v, flags);
            mv.addExport();
            return new PyBuffer(v, null, mv, null, flags);
        }
        ManagedBuffer mbuf = Exporters.acquire(obj);
        BufferDescriptor v = mbuf.master();
        if ((flags & PyBUF_WRITABLE) != 0 && v.readonly()) {
            throw PythonError.raise(PythonErrorType.BufferError, "Object is not writable.");
        }
        mbuf.registerView();
        return new PyBuffer(v, null, null, mbuf, flags);
    }

    private static void checkRequest(MemoryView mv, BufferDescriptor v, long flags) {
        if ((flags & PyBUF_WRITABLE) != 0 && v.readonly()) {
            throw getbufError("memoryview: underlying buffer is not writable");
        }
        if ((flags & PyBUF_C_CONTIGUOUS) == PyBUF_C_CONTIGUOUS && !mv.isCContiguous()) {
            throw getbufError(Messages.NOT_C_CONTIGUOUS);
        }
        if ((flags & PyBUF_F_CONTIGUOUS) == PyBUF_F_CONTIGUOUS && !mv.isFortranContiguous()) {
            throw getbufError("memoryview: underlying buffer is not Fortran contiguous");
        }
        if ((flags & PyBUF_ANY_CONTIGUOUS) == PyBUF_ANY_CONTIGUOUS && !mv.isContiguous()) {
            throw getbufError("memoryview: underlying buffer is not contiguous");
        }
        if ((flags & PyBUF_INDIRECT) != PyBUF_INDIRECT && v.suboffsets() != null) {
            throw getbufError("memoryview: underlying buffer requires suboffsets");
        }
        if ((flags & PyBUF_STRIDES) != PyBUF_STRIDES && !mv.isCContiguous()) {
            throw getbufError(Messages.NOT_C_CONTIGUOUS);
        }
        if ((flags & PyBUF_ND) != PyBUF_ND && (flags & PyBUF_FORMAT) != 0) {
            throw getbufError("memoryview: cannot cast to unsigned bytes if the format flag is present");
        }
    }

    private static PythonError getbufError(String message) {
        return PythonError.raise(PythonErrorType.BufferError, message);
    }

    /** {@code PyBuffer_Release(view)}. */
    @TruffleBoundary
    public static Object releaseBufferExport(Object view) {
        if (!(view instanceof PyBuffer pb)) {
            throw PythonError.raise(PythonErrorType.TypeError, "PyBuffer_Release() argument must be a Py_buffer, not '" + PyObjects.typeName(view) + "'");
        }
        pb.release();
        return PNone.INSTANCE;
    }

    /** The context, for callers that need the embedder's permissions. */
    static boolean nativeAccessAllowed() {
        MViewContext context = MViewContext.get(null);
        return context != null && context.isNativeAccessAllowed();
    }
}
