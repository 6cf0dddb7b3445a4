package org.mview.language.memoryview;

import org.mview.language.Messages;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.ManagedBuffer;
import org.mview.language.buffer.Storage;
import org.mview.language.nodes.access.ElementOffsetNode;
import org.mview.language.nodes.copy.CopyFromContiguousNode;
import org.mview.language.nodes.copy.CopyToContiguousNode;
import org.mview.language.nodes.format.PackNode;
import org.mview.language.nodes.format.UnpackNode;
import org.mview.language.objects.ellipsis.PEllipsis;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.objects.tuple.PTuple;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mview.language.runtime.buffers.Exporters;

/**
 * The Python protocol of memoryview: {@code m[key]}, {@code m[key] = v}, {@code del m[key]},
 * {@code len}, {@code iter}. Each follows CPython's decision table (reference §1.4), checks in
 * CPython's order, with CPython's messages.
 */
public final class MemoryViewOps {

    private MemoryViewOps() {
    }

    /** {@code len(m)}. */
    public static long length(MemoryView mv) {
        mv.checkReleased();
        BufferDescriptor v = mv.descriptor();
        if (v.ndim() == 0) {
            throw PythonError.raise(PythonErrorType.TypeError, "0-dim memory has no length");
        }
        return v.shape()[0];
    }

    /** {@code m[key]}. */
    @TruffleBoundary
    public static Object getItem(MemoryView mv, Object key) {
        mv.checkReleased();
        BufferDescriptor v = mv.descriptor();
        if (extensions() && NdIndexing.isExtendedKey(v, key)) {
            NdIndexing selection = NdIndexing.select(v, key);
            if (selection.element()) {
                return ExtendedItems.unpack(v, selection.offset());
            }
            return selection.view(mv);
        }
        if (v.ndim() == 0) {
            if (key instanceof PTuple t && t.size() == 0) {
                checkSingleCharFormat(v);
                return unpack(v, v.offset());
            } else if (key instanceof PEllipsis) {
                return mv;
            }
            throw invalidZeroDimIndex();
        }
        if (PyObjects.isIndex(key)) {
            long index = PyObjects.asSsize(key, PythonErrorType.IndexError);
            checkSingleCharFormat(v);
            if (v.ndim() != 1) {
                throw PythonError.raise(PythonErrorType.NotImplementedError, Messages.MULTI_DIM_SUB_VIEWS);
            }
            return unpack(v, offsetOf(v, new long[]{adjustIndex(v, 0, index)}));
        } else if (key instanceof PSlice slice) {
            return ViewFactory.slice(mv, slice);
        } else if (isMultiIndex(key)) {
            checkSingleCharFormat(v);
            return unpack(v, offsetOfTuple(v, (PTuple) key));
        } else if (isMultiSlice(key)) {
            throw PythonError.raise(PythonErrorType.NotImplementedError, "multi-dimensional slicing is not implemented");
        }
        throw invalidSliceKey();
    }

    /** {@code m[key] = value}. */
    @TruffleBoundary
    public static void setItem(MemoryView mv, Object key, Object value) {
        mv.checkReleased();
        BufferDescriptor v = mv.descriptor();
        checkSingleCharFormat(v);
        if (v.readonly()) {
            throw Storage.readOnly();
        }
        if (extensions() && (NdIndexing.isExtendedKey(v, key) || key instanceof PSlice && v.ndim() > 1)) {
            NdIndexing selection = NdIndexing.select(v, key);
            if (selection.element()) {
                ExtendedItems.pack(v, selection.offset(), value);
            } else {
                assignView(() -> selection.view(mv), value);
            }
            return;
        }
        if (v.ndim() == 0) {
            if (key instanceof PEllipsis || (key instanceof PTuple t && t.size() == 0)) {
                pack(mv, v.offset(), value);
                return;
            }
            throw invalidZeroDimIndex();
        }
        if (PyObjects.isIndex(key)) {
            if (v.ndim() > 1) {
                throw PythonError.raise(PythonErrorType.NotImplementedError, Messages.SUB_VIEWS);
            }
            long index = PyObjects.asSsize(key, PythonErrorType.IndexError);
            pack(mv, offsetOf(v, new long[]{adjustIndex(v, 0, index)}), value);
            return;
        }
        if (key instanceof PSlice slice && v.ndim() == 1) {
            assignSlice(mv, slice, value);
            return;
        }
        if (isMultiIndex(key)) {
            pack(mv, offsetOfTuple(v, (PTuple) key), value);
            return;
        }
        if (key instanceof PSlice || isMultiSlice(key)) {
            throw PythonError.raise(PythonErrorType.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        }
        throw invalidSliceKey();
    }

    /** {@code del m[key]}: always an error, after the checks CPython makes first. */
    @TruffleBoundary
    public static void delItem(MemoryView mv, @SuppressWarnings("unused") Object key) {
        mv.checkReleased();
        checkSingleCharFormat(mv.descriptor());
        if (mv.descriptor().readonly()) {
            throw Storage.readOnly();
        }
        throw PythonError.raise(PythonErrorType.TypeError, "cannot delete memory");
    }

    /** {@code iter(m)}. */
    @TruffleBoundary
    public static MemoryViewIterator iterator(MemoryView mv) {
        BufferDescriptor v = mv.descriptor();
        // CPython checks the dimensions before the release (memory_iter); for a released 1-D view
        // 3.13.0 raises SystemError (a bug, gh-126341), 3.14 the released-view error, as here.
        if (v.ndim() == 0) {
            throw PythonError.raise(PythonErrorType.TypeError, Messages.ZERO_DIM_INDEXING);
        }
        if (v.ndim() != 1 && !extensions()) {
            throw PythonError.raise(PythonErrorType.NotImplementedError, Messages.MULTI_DIM_SUB_VIEWS);
        }
        checkSingleCharFormat(v); // memory_iter's adjust_fmt, before anything about the release
        mv.checkReleased();
        return new MemoryViewIterator(mv);
    }

    /** Item {@code index} (0 ≤ index < shape[0]) of a 1-D view whose format passed the checks. */
    static Object itemAt(MemoryView mv, long index) {
        mv.checkReleased();
        BufferDescriptor v = mv.descriptor();
        if (v.ndim() > 1) {
            // only with the option on: iterating an N-D view yields its (N-1)-D sub-views
            return NdIndexing.select(v, index).view(mv);
        }
        return unpack(v, offsetOf(v, new long[]{index}));
    }

    private static void assignSlice(MemoryView mv, PSlice slice, Object value) {
        assignView(() -> ViewFactory.slice(mv, slice), value);
    }

    /**
     * {@code dest[...] = value}: CPython's order — the source buffer is acquired first, then the target
     * selected ({@code target}, a view of the same memory, released afterwards), then the structures
     * compared and the bytes copied.
     */
    private static void assignView(java.util.function.Supplier<MemoryView> target, Object value) {
        ManagedBuffer source = Exporters.tryAcquire(value);
        if (source == null) {
            throw PythonError.raise(PythonErrorType.TypeError, "a bytes-like object is required, not '" + PyObjects.typeName(value) + "'");
        }
        source.registerView();
        try {
            BufferDescriptor src = source.master();
            MemoryView dest = target.get();
            try {
                BufferDescriptor dst = dest.descriptor();
                if (!equivalentStructure(dst, src)) {
                    throw PythonError.raise(PythonErrorType.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
                }
                // Copying the source out first makes overlapping assignments (m[1:4] = m[0:3]) safe.
                byte[] bytes = CopyToContiguousNode.getUncached().execute(src, 'C');
                CopyFromContiguousNode.getUncached().execute(dst, bytes, 0);
            } finally {
                dest.release();
            }
        } finally {
            source.unregisterView();
        }
    }

    /** CPython's {@code equiv_structure}: same format (ignoring a leading '@'), itemsize and shape. */
    static boolean equivalentStructure(BufferDescriptor a, BufferDescriptor b) {
        if (!stripAt(a.format()).equals(stripAt(b.format())) || a.itemsize() != b.itemsize()) {
            return false;
        }
        return equivalentShape(a, b);
    }

    /** CPython's {@code equiv_shape}: same ndim and shape, up to the first zero-length dimension. */
    static boolean equivalentShape(BufferDescriptor a, BufferDescriptor b) {
        if (a.ndim() != b.ndim()) {
            return false;
        }
        for (int d = 0; d < a.ndim(); d++) {
            if (a.shape()[d] != b.shape()[d]) {
                return false;
            }
            if (a.shape()[d] == 0) {
                break;
            }
        }
        return true;
    }

    static String stripAt(String format) {
        return format.startsWith("@") ? format.substring(1) : format;
    }

    /** CPython's {@code adjust_fmt}: element access needs a one-character format (after '@'). */
    static void checkSingleCharFormat(BufferDescriptor v) {
        if (stripAt(v.format()).length() != 1 && !(extensions() && ExtendedItems.isSupported(v))) {
            throw BufferFormat.unsupported(v.format());
        }
    }

    /** Whether the {@code mview.Extensions} option is on in the current context. */
    static boolean extensions() {
        return org.mview.language.MViewContext.get(null).extensions();
    }

    /** An element: native formats through the nodes; with the option on, the extended formats too. */
    static Object unpack(BufferDescriptor v, long offset) {
        if (v.kind() == BufferFormat.OTHER && extensions()) {
            return ExtendedItems.unpack(v, offset);
        }
        return unpackNative(v, offset);
    }

    static Object unpackNative(BufferDescriptor v, long offset) {
        if (v.kind() == BufferFormat.OTHER) {
            throw BufferFormat.unsupported(v.format());
        }
        return UnpackNode.getUncached().execute(v.storage(), offset, v.kind());
    }

    static void pack(MemoryView mv, long offset, Object value) {
        BufferDescriptor v = mv.descriptor();
        if (v.kind() == BufferFormat.OTHER && extensions()) {
            ExtendedItems.pack(v, offset, value);
            return;
        }
        packNative(v, offset, value);
    }

    static void packNative(BufferDescriptor v, long offset, Object value) {
        if (v.kind() == BufferFormat.OTHER) {
            throw BufferFormat.unsupported(v.format());
        }
        // The same node as m[i] = x in compiled code and interop writes. CPython re-checks the release
        // after packing because packing may run __index__ (gh-92888); packing here runs no user code.
        PackNode.getUncached().execute(v.storage(), offset, v.kind(), value);
    }

    static long offsetOf(BufferDescriptor v, long[] indices) {
        return ElementOffsetNode.getUncached().execute(v, indices);
    }

    /** CPython's {@code lookup_dimension}: wraps a negative index and checks bounds. */
    static long adjustIndex(BufferDescriptor v, int dim, long index) {
        long n = v.shape()[dim];
        long adjusted = index < 0 ? index + n : index;
        if (adjusted < 0 || adjusted >= n) {
            throw PythonError.raise(PythonErrorType.IndexError, "index out of bounds on dimension " + (dim + 1));
        }
        return adjusted;
    }

    private static long offsetOfTuple(BufferDescriptor v, PTuple key) {
        int n = key.size();
        if (n < v.ndim()) {
            throw PythonError.raise(PythonErrorType.NotImplementedError, Messages.SUB_VIEWS);
        }
        if (n > v.ndim()) {
            throw PythonError.raise(PythonErrorType.TypeError, "cannot index " + v.ndim() + "-dimension view with " + n + "-element tuple");
        }
        long[] indices = new long[n];
        for (int d = 0; d < n; d++) {
            indices[d] = adjustIndex(v, d, PyObjects.asSsize(key.get(d), PythonErrorType.IndexError));
        }
        return offsetOf(v, indices);
    }

    private static boolean isMultiIndex(Object key) {
        if (!(key instanceof PTuple t)) {
            return false;
        }
        for (Object item : t.items()) {
            if (!PyObjects.isIndex(item)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMultiSlice(Object key) {
        if (!(key instanceof PTuple t) || t.size() == 0) {
            return false;
        }
        for (Object item : t.items()) {
            if (!(item instanceof PSlice)) {
                return false;
            }
        }
        return true;
    }

    private static PythonError invalidZeroDimIndex() {
        return PythonError.raise(PythonErrorType.TypeError, Messages.ZERO_DIM_INDEXING);
    }

    private static PythonError invalidSliceKey() {
        return PythonError.raise(PythonErrorType.TypeError, "memoryview: invalid slice key");
    }

}
