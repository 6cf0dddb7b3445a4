package org.mview.language.memoryview;

import org.mview.language.Messages;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.ManagedBuffer;
import org.mview.language.nodes.copy.CopyToContiguousNode;
import org.mview.language.objects.bytes.PByteArray;
import org.mview.language.objects.bytes.PBytes;
import org.mview.language.objects.list.PList;
import org.mview.language.objects.none.PNone;
import org.mview.language.runtime.PyCompare;
import org.mview.language.runtime.PyHash;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mview.language.objects.bytes.HexFormat;
import org.mview.language.runtime.buffers.Exporters;

/** The methods of memoryview that are not protocol slots: conversions, comparison, hash, lookup. */
public final class MemoryViewMethods {

    private MemoryViewMethods() {
    }

    /** {@code PyBuffer_ToContiguous(view, order)}: 'A' copies memory as it is when it is contiguous either way. */
    @TruffleBoundary
    public static byte[] contiguousBytes(BufferDescriptor v, char order) {
        return CopyToContiguousNode.getUncached().execute(v, copyOrder(v, order));
    }

    /** The order a copy in {@code order} is made in: 'A' is 'F' for a view that is Fortran- but not C-contiguous, else 'C'. */
    static char copyOrder(BufferDescriptor v, char order) {
        if (order == 'A') {
            return v.isFortranContiguous() && !v.isCContiguous() ? 'F' : 'C';
        }
        return order;
    }

    /** An {@code order} argument ('C', 'F' or 'A') as a char; CPython's ValueError for any other string. */
    @TruffleBoundary
    static char orderOf(String order) {
        return switch (order) {
            case "C" -> 'C';
            case "F" -> 'F';
            case "A" -> 'A';
            default -> throw PythonError.raise(PythonErrorType.ValueError, Messages.ORDER);
        };
    }

    /** {@code m.hex(sep, bytes_per_sep)}; {@code sep} null when not given. */
    @TruffleBoundary
    public static String hex(MemoryView mv, Object sep, Object bytesPerSep) {
        mv.checkReleased();
        int perSep = HexFormat.bytesPerSep(bytesPerSep);
        Object separator = sep instanceof PNone ? null : sep;
        BufferDescriptor v = mv.descriptor();
        byte[] inPlace = v.contiguousByteArray();
        if (inPlace != null) {
            // formatted in place: no copy of the view's bytes first
            return HexFormat.hex(inPlace, (int) v.offset(), (int) (v.offset() + v.len()), separator, perSep);
        }
        return HexFormat.hex(contiguousBytes(v, 'C'), separator, perSep);
    }

    /** {@code m.tolist()}: nested lists for N-D, a scalar for 0-dim. */
    @TruffleBoundary
    public static Object tolist(MemoryView mv) {
        mv.checkReleased();
        BufferDescriptor v = mv.descriptor();
        MemoryViewOps.checkSingleCharFormat(v);
        if (v.ndim() == 0) {
            return unpackChecked(v, v.offset());
        }
        return ToList.build(v);
    }

    static Object unpackChecked(BufferDescriptor v, long offset) {
        if (v.kind() == BufferFormat.OTHER && MemoryViewOps.extensions()) {
            return ExtendedItems.unpack(v, offset);
        }
        if (v.kind() == BufferFormat.OTHER) {
            throw BufferFormat.unsupported(v.format());
        }
        return org.mview.language.nodes.format.UnpackNode.getUncached().execute(v.storage(), offset, v.kind());
    }

    /** {@code m.count(value)} (3.14). */
    @TruffleBoundary
    public static long count(MemoryView mv, Object value) {
        MemoryViewIterator it = MemoryViewOps.iterator(mv);
        long n = 0;
        while (it.hasNext()) {
            Object item = it.next();
            if (item == value || PyCompare.equal(item, value)) {
                n++;
            }
        }
        return n;
    }

    /** {@code m.index(value, start, stop)} (3.14). */
    @TruffleBoundary
    public static long index(MemoryView mv, Object value, Object startArg, Object stopArg) {
        mv.checkReleased();
        BufferDescriptor v = mv.descriptor();
        long start = startArg == null ? 0 : PyObjects.asClampedSsize(checkIndexArg(startArg));
        long stop = stopArg == null ? Long.MAX_VALUE : PyObjects.asClampedSsize(checkIndexArg(stopArg));
        if (v.ndim() == 0) {
            throw PythonError.raise(PythonErrorType.TypeError, "invalid lookup on 0-dim memory");
        }
        if (v.ndim() != 1) {
            throw PythonError.raise(PythonErrorType.NotImplementedError, "multi-dimensional lookup is not implemented");
        }
        long n = v.shape()[0];
        if (start < 0) {
            start = Math.max(start + n, 0);
        }
        if (stop < 0) {
            stop = Math.max(stop + n, 0);
        }
        stop = Math.min(stop, n);
        for (long i = start; i < stop; i++) {
            MemoryViewOps.checkSingleCharFormat(v);
            Object item = MemoryViewOps.itemAt(mv, i);
            if (item == value || PyCompare.equal(item, value)) {
                return i;
            }
        }
        throw PythonError.raise(PythonErrorType.ValueError, "memoryview.index(x): x not found");
    }

    private static Object checkIndexArg(Object value) {
        if (!PyObjects.isIndex(value)) {
            throw PythonError.raise(PythonErrorType.TypeError, "slice indices must be integers or have an __index__ method");
        }
        return value;
    }

    /**
     * {@code mv == other} (CPython's {@code memory_richcompare}): identity when either side is released,
     * false against non-buffers, false for different shapes, then item-by-item value comparison, with
     * struct unpacking for mixed or non-native formats (and "not equal" when struct cannot parse one).
     */
    @TruffleBoundary
    public static boolean equals(MemoryView mv, Object other) {
        if (mv.isReleased() || (other instanceof MemoryView w && w.isReleased())) {
            return mv == other;
        }
        ManagedBuffer wbuf = other instanceof MemoryView w ? null : Exporters.tryAcquire(other);
        if (!(other instanceof MemoryView) && wbuf == null) {
            return false;
        }
        if (wbuf != null) {
            wbuf.registerView();
        }
        try {
            BufferDescriptor a = mv.descriptor();
            BufferDescriptor b = other instanceof MemoryView w ? w.descriptor() : wbuf.master();
            return Equality.equal(a, b);
        } finally {
            if (wbuf != null) {
                wbuf.unregisterView();
            }
        }
    }

    /** {@code hash(m)}: cached; read-only byte formats only; equal to the hash of {@code m.tobytes()}. */
    @TruffleBoundary
    public static long hash(MemoryView mv) {
        Long cached = mv.cachedHash();
        if (cached != null) {
            return cached;
        }
        mv.checkReleased();
        BufferDescriptor v = mv.descriptor();
        if (!v.readonly()) {
            throw PythonError.raise(PythonErrorType.ValueError, "cannot hash writable memoryview object");
        }
        if (!v.kind().isByteFormat()) {
            throw PythonError.raise(PythonErrorType.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        Object obj = v.obj();
        if (obj instanceof PByteArray || obj instanceof PList) {
            throw PythonError.raise(PythonErrorType.TypeError, "unhashable type: '" + PyObjects.typeName(obj) + "'");
        }
        byte[] bytes = contiguousBytes(v, 'C');
        long h = PyHash.hashBytes(bytes, bytes.length);
        mv.cacheHash(h);
        return h;
    }
}
