package org.mview.language.memoryview;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.objects.ellipsis.PEllipsis;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.objects.slice.SliceIndices;
import org.mview.language.objects.tuple.PTuple;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * NumPy's basic indexing over a view's geometry, for {@code mview.Extensions}: ints, slices and one
 * {@code ...} per dimension, in a tuple or alone. The result is either one element (every dimension
 * got an int and there is no {@code ...}) or a sub-view sharing the memory: ints drop their
 * dimension, slices keep it with a new length and stride, missing trailing dimensions are taken
 * whole. Errors have NumPy's kinds and CPython-style messages.
 *
 * @param element whether the selection is one element (then {@code offset} is its byte offset)
 */
record NdIndexing(boolean element, long offset, long[] shape, long[] strides) {

    /** Selects {@code key} in {@code v}; {@code key} is a tuple, an int, a slice or {@code ...}. */
    @TruffleBoundary
    static NdIndexing select(BufferDescriptor v, Object key) {
        Object[] keys = key instanceof PTuple t ? t.items() : new Object[]{key};
        int ellipses = 0;
        for (Object k : keys) {
            if (k instanceof PEllipsis) {
                ellipses++;
            } else if (!PyObjects.isIndex(k) && !(k instanceof PSlice)) {
                throw PythonError.raise(PythonErrorType.IndexError,
                                "memoryview: only integers, slices (`:`) and ellipsis (`...`) are valid indices, not " + PyObjects.typeName(k));
            }
        }
        if (ellipses > 1) {
            throw PythonError.raise(PythonErrorType.IndexError, "memoryview: an index can only have a single ellipsis ('...')");
        }
        int ndim = v.ndim();
        int given = keys.length - ellipses;
        if (given > ndim) {
            throw PythonError.raise(PythonErrorType.IndexError,
                            "too many indices for memoryview: memoryview is " + ndim + "-dimensional, but " + given + " were indexed");
        }
        if (v.suboffsets() != null) {
            throw PythonError.raise(PythonErrorType.NotImplementedError, "memoryview: multi-dimensional indexing of a view with suboffsets is not implemented");
        }
        long offset = v.offset();
        long[] shape = new long[ndim];
        long[] strides = new long[ndim];
        int out = 0;
        int dim = 0;
        boolean allInts = ellipses == 0;
        for (Object k : keys) {
            if (k instanceof PEllipsis) {
                for (int skip = ndim - given; skip > 0; skip--, dim++, out++) {
                    shape[out] = v.shape()[dim];
                    strides[out] = v.strides()[dim];
                }
            } else if (k instanceof PSlice s) {
                allInts = false;
                SliceIndices si = SliceIndices.of(s, v.shape()[dim]);
                offset += si.start() * v.strides()[dim];
                shape[out] = si.length();
                strides[out] = si.step() * v.strides()[dim];
                out++;
                dim++;
            } else {
                long size = v.shape()[dim];
                long i = PyObjects.asSsize(k, PythonErrorType.IndexError);
                if (i < -size || i >= size) {
                    throw PythonError.raise(PythonErrorType.IndexError, "index " + i + " is out of bounds for axis " + dim + " with size " + size);
                }
                offset += (i < 0 ? i + size : i) * v.strides()[dim];
                dim++;
            }
        }
        for (; dim < ndim; dim++, out++) {
            allInts = false;
            shape[out] = v.shape()[dim];
            strides[out] = v.strides()[dim];
        }
        return new NdIndexing(allInts, offset, java.util.Arrays.copyOf(shape, out), java.util.Arrays.copyOf(strides, out));
    }

    /** The selection as a view of {@code mv}'s memory (registered on the same managed buffer). */
    MemoryView view(MemoryView mv) {
        return ViewFactory.select(mv, offset, shape, strides);
    }

    /**
     * Whether {@code m[key]} takes the N-D path under the option: keys CPython 3.13 refuses on this
     * view (tuples other than {@code ()} and full int tuples, an int on an N-D view, {@code ...} on a
     * view that has dimensions). Keys CPython accepts
     * keep CPython's path and errors.
     */
    static boolean isExtendedKey(BufferDescriptor v, Object key) {
        if (key instanceof PTuple t) {
            if (t.size() == v.ndim()) {
                for (Object k : t.items()) {
                    if (!PyObjects.isIndex(k)) {
                        return true;
                    }
                }
                return false;
            }
            return true;
        }
        return v.ndim() >= 2 && PyObjects.isIndex(key) || v.ndim() >= 1 && key instanceof PEllipsis;
    }
}
