package org.mview.language.memoryview;

import java.util.Arrays;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.nodes.format.ExtendedFormat;
import org.mview.language.buffer.ManagedBuffer;
import org.mview.language.nodes.access.ReadBitsNode;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.runtime.PyObjects;
import org.mview.language.objects.slice.SliceIndices;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mview.language.runtime.buffers.Exporters;

/**
 * Every way a memoryview comes to be: from an exporter, and from another view by slicing, casting,
 * {@code toreadonly} and sub-view indexing (those register on the parent's managed buffer, as CPython's
 * {@code mbuf_add_view} does).
 */
public final class ViewFactory {

    private ViewFactory() {
    }

    /** {@code memoryview(obj)} / {@code PyMemoryView_FromObject(obj)}. */
    @TruffleBoundary
    public static MemoryView fromObject(Object obj) {
        if (obj instanceof MemoryView mv) {
            mv.checkReleased();
            return new MemoryView(mv.managedBuffer(), mv.descriptor());
        }
        ManagedBuffer mbuf = Exporters.acquire(obj);
        return fromManagedBuffer(mbuf);
    }

    /** The first view on a fresh managed buffer: its geometry is the master's, checked for ndim. */
    @TruffleBoundary
    public static MemoryView fromManagedBuffer(ManagedBuffer mbuf) {
        if (mbuf.master().ndim() > BufferDescriptor.MAX_NDIM) {
            throw tooManyDimensions();
        }
        return new MemoryView(mbuf, mbuf.master());
    }

    @TruffleBoundary
    static PythonError tooManyDimensions() {
        return PythonError.raise(PythonErrorType.ValueError, "memoryview: number of dimensions must not exceed " + BufferDescriptor.MAX_NDIM);
    }

    /** {@code m[start:stop:step]}: slices the first dimension. */
    @TruffleBoundary
    public static MemoryView slice(MemoryView mv, PSlice key) {
        BufferDescriptor v = mv.descriptor();
        SliceIndices s = SliceIndices.of(key, v.shape()[0]);
        long[] shape = v.shape().clone();
        long[] strides = v.strides().clone();
        long offset = v.offset() + strides[0] * s.start();
        shape[0] = s.length();
        strides[0] = strides[0] * s.step();
        long len = v.itemsize();
        for (long dim : shape) {
            len *= dim;
        }
        BufferDescriptor sliced = new BufferDescriptor(v.obj(), v.storage(), offset, len, v.itemsize(), v.readonly(), v.format(), v.kind(), shape,
                        strides, v.suboffsets() == null ? null : v.suboffsets().clone());
        return new MemoryView(mv.managedBuffer(), sliced);
    }

    /**
     * {@code m[start:stop:step]} of a 1-D view without suboffsets, the slice already resolved: no
     * boundary, so that it compiles inline where it is hot.
     */
    public static MemoryView slice1D(MemoryView mv, SliceIndices s) {
        BufferDescriptor v = mv.descriptor();
        long stride = v.strides()[0];
        BufferDescriptor sliced = new BufferDescriptor(v.obj(), v.storage(), v.offset() + stride * s.start(), s.length() * v.itemsize(), v.itemsize(),
                        v.readonly(), v.format(), v.kind(), new long[]{s.length()}, new long[]{stride * s.step()}, null);
        return new MemoryView(mv.managedBuffer(), sliced);
    }

    /**
     * A sub-view of {@code mv} (no suboffsets) at {@code offset} with the given geometry, already
     * resolved (N-D selection under {@code mview.Extensions}): no boundary, so that it compiles inline.
     */
    public static MemoryView select(MemoryView mv, long offset, long[] shape, long[] strides) {
        long len = mv.descriptor().itemsize();
        for (long n : shape) {
            len *= n;
        }
        return select(mv, offset, len, shape, strides);
    }

    /** {@link #select(MemoryView, long, long[], long[])} with the length in bytes already multiplied out. */
    public static MemoryView select(MemoryView mv, long offset, long len, long[] shape, long[] strides) {
        return new MemoryView(mv.managedBuffer(), within(mv.descriptor(), offset, len, shape, strides));
    }

    /**
     * The row {@code view[i]} of an N-D view through interop, its geometry resolved: a view that is
     * not registered on the managed buffer ({@link MemoryView#row}), so that it compiles away in a
     * caller's loop.
     */
    public static MemoryView row(MemoryView mv, long offset, long len, long[] shape, long[] strides) {
        return mv.row(within(mv.descriptor(), offset, len, shape, strides));
    }

    /** A geometry (no suboffsets) over the same memory, items and format as {@code v}. */
    private static BufferDescriptor within(BufferDescriptor v, long offset, long len, long[] shape, long[] strides) {
        return new BufferDescriptor(v.obj(), v.storage(), offset, len, v.itemsize(), v.readonly(), v.format(), v.kind(), shape, strides, null);
    }

    /** The (N−1)-D view at {@code index} of an N-D view (interop array elements; not Python indexing). */
    @TruffleBoundary
    static MemoryView subView(MemoryView mv, long index) {
        BufferDescriptor v = mv.descriptor();
        long offset = v.offset() + index * v.strides()[0];
        long[] suboffsets = null;
        if (v.suboffsets() != null) {
            if (v.suboffsets()[0] >= 0) {
                offset = ReadBitsNode.getUncached().execute(v.storage(), offset, 8) + v.suboffsets()[0];
            }
            suboffsets = Arrays.copyOfRange(v.suboffsets(), 1, v.ndim());
        }
        long[] shape = Arrays.copyOfRange(v.shape(), 1, v.ndim());
        long[] strides = Arrays.copyOfRange(v.strides(), 1, v.ndim());
        return new MemoryView(mv.managedBuffer(), new BufferDescriptor(v.obj(), v.storage(), offset, v.len() / Math.max(1, v.shape()[0]), v.itemsize(),
                        v.readonly(), v.format(), v.kind(), shape, strides, suboffsets));
    }

    /** {@code m.toreadonly()}: always a new view, so that it can be released on its own. */
    @TruffleBoundary
    public static MemoryView toReadonly(MemoryView mv) {
        mv.checkReleased();
        return new MemoryView(mv.managedBuffer(), mv.descriptor().withReadonly(true));
    }

    /** {@code m.cast(format[, shape])} with CPython's checks, in CPython's order. {@code shape} null: not given. */
    @TruffleBoundary
    public static MemoryView cast(MemoryView mv, Object format, Object shape) {
        if (!(format instanceof String formatString)) {
            throw PythonError.raise(PythonErrorType.TypeError, "cast() argument 'format' must be str, not " + PyObjects.typeName(format));
        }
        mv.checkReleased();
        BufferDescriptor v = mv.descriptor();
        if (!mv.isCContiguous()) {
            throw PythonError.raise(PythonErrorType.TypeError, "memoryview: casts are restricted to C-contiguous views");
        }
        if ((shape != null || v.ndim() != 1) && hasZeroInShape(v)) {
            throw PythonError.raise(PythonErrorType.TypeError, "memoryview: cannot cast view with zeros in shape or strides");
        }
        Object[] shapeItems = null;
        if (shape != null) {
            shapeItems = PyObjects.sequenceItems(shape);
            if (shapeItems == null) {
                throw PythonError.raise(PythonErrorType.TypeError, "shape must be a list or a tuple");
            }
            if (shapeItems.length > BufferDescriptor.MAX_NDIM) {
                throw tooManyDimensions();
            }
            if (v.ndim() != 1 && shapeItems.length != 1) {
                throw PythonError.raise(PythonErrorType.TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        for (int i = 0; i < formatString.length(); i++) {
            if (formatString.charAt(i) > 127) {
                throw PythonError.raise(PythonErrorType.UnicodeEncodeError,
                                "'ascii' codec can't encode character '\\u" + String.format("%04x", (int) formatString.charAt(i)) + "' in position " + i + ": ordinal not in range(128)");
            }
        }
        BufferFormat dest = BufferFormat.parse(formatString);
        ExtendedFormat extended = dest == BufferFormat.OTHER && MemoryViewOps.extensions() ? ExtendedFormat.parse(formatString) : null;
        if (dest == BufferFormat.OTHER && extended == null) {
            throw PythonError.raise(PythonErrorType.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        if (!v.kind().isByteFormat() && !dest.isByteFormat()) {
            throw PythonError.raise(PythonErrorType.TypeError, "memoryview: cannot cast between two non-byte formats");
        }
        int itemsize = extended != null ? extended.itemsize() : dest.itemsize();
        if (v.len() % itemsize != 0) {
            throw PythonError.raise(PythonErrorType.TypeError, "memoryview: length is not a multiple of itemsize");
        }
        long[] newShape;
        if (shapeItems == null) {
            newShape = new long[]{v.len() / itemsize};
        } else {
            newShape = new long[shapeItems.length];
            long len = itemsize;
            for (int i = 0; i < shapeItems.length; i++) {
                Object item = shapeItems[i];
                if (!PyObjects.isIndex(item)) {
                    throw PythonError.raise(PythonErrorType.TypeError, "memoryview.cast(): elements of shape must be integers");
                }
                Object index = PyObjects.index(item);
                if (!(index instanceof Long)) {
                    throw PythonError.raise(PythonErrorType.OverflowError, "Python int too large to convert to C ssize_t");
                }
                long dim = (Long) index;
                if (dim <= 0) {
                    throw PythonError.raise(PythonErrorType.ValueError, "memoryview.cast(): elements of shape must be integers > 0");
                }
                if (dim > Long.MAX_VALUE / len) {
                    throw productOverflow();
                }
                len *= dim;
                newShape[i] = dim;
            }
            if (len != v.len()) {
                throw PythonError.raise(PythonErrorType.TypeError, "memoryview: product(shape) * itemsize != buffer size");
            }
        }
        BufferDescriptor cast = new BufferDescriptor(v.obj(), v.storage(), v.offset(), v.len(), itemsize, v.readonly(), formatString, dest, newShape,
                        BufferDescriptor.cStrides(newShape, itemsize), null);
        return new MemoryView(mv.managedBuffer(), cast);
    }

    private static PythonError productOverflow() {
        return PythonError.raise(PythonErrorType.ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
    }

    static boolean hasZeroInShape(BufferDescriptor v) {
        for (long dim : v.shape()) {
            if (dim == 0) {
                return true;
            }
        }
        return false;
    }
}
