package org.mview.language.nodes.copy;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.ByteArrayStorage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.memory.ByteArraySupport;
import com.oracle.truffle.api.nodes.Node;

/**
 * The element-loop copy of {@link CopyToContiguousNode} for a strided view over a {@code byte[]}
 * without suboffsets: a tight gather loop per innermost row (the last dimension in C order, the first
 * in Fortran order), one loop per item size, with a safepoint poll per row. The whole extent of the
 * view is checked against the array once, up front; a view that does not fit is left to the generic
 * path, which raises the released-view error.
 */
final class StridedGather {

    private static final ByteArraySupport NATIVE = ByteArraySupport.littleEndian();
    /** Side of the square tiles of {@link #tiled2D}, in elements. */
    private static final int TILE = 64;

    private StridedGather() {
    }

    /** Returns false (and copies nothing) when the view's extent does not lie inside the array. */
    @TruffleBoundary
    static boolean gather(Node node, BufferDescriptor view, ByteArrayStorage storage, char order, byte[] out) {
        byte[] src = storage.bytes();
        int ndim = view.ndim();
        long[] shape = view.shape();
        long[] strides = view.strides();
        int itemsize = view.itemsize();
        long low = view.offset();
        long high = view.offset();
        for (int d = 0; d < ndim; d++) {
            long span = (shape[d] - 1) * strides[d];
            if (span < 0) {
                low += span;
            } else {
                high += span;
            }
        }
        if (low < 0 || high + itemsize > src.length) {
            return false;
        }
        int inner = order == 'C' ? ndim - 1 : 0;
        if (ndim == 2 && shape[inner] > TILE && shape[1 - inner] > 1) {
            tiled2D(node, src, (int) view.offset(), shape, strides, inner, itemsize, out);
            return true;
        }
        int rowLength = (int) shape[inner];
        long rowStride = strides[inner];
        long rows = view.len() / itemsize / rowLength;
        long[] index = new long[ndim];
        long offset = view.offset();
        int written = 0;
        for (long r = 0; r < rows; r++) {
            written = row(src, offset, rowStride, rowLength, itemsize, out, written);
            offset = order == 'C' ? CopyToContiguousNode.advance(index, shape, strides, ndim - 2, offset) : advanceOuterFortran(index, shape, strides, offset);
            TruffleSafepoint.poll(node);
        }
        return true;
    }

    /**
     * A 2-D copy whose output rows run along a strided source dimension (a transpose: {@code tobytes('F')}
     * of a C-contiguous matrix, or {@code tobytes()} of a transposed view), in square tiles: a tile's
     * source lines stay in cache while its output columns are written, where row-at-a-time gathering
     * touches a new cache line per element.
     */
    private static void tiled2D(Node node, byte[] src, int base, long[] shape, long[] strides, int inner, int itemsize, byte[] out) {
        int outer = 1 - inner;
        int n = (int) shape[inner];
        int m = (int) shape[outer];
        int innerStride = (int) strides[inner];
        int outerStride = (int) strides[outer];
        for (int k0 = 0; k0 < m; k0 += TILE) {
            int k1 = Math.min(m, k0 + TILE);
            for (int i0 = 0; i0 < n; i0 += TILE) {
                int count = Math.min(n - i0, TILE);
                for (int k = k0; k < k1; k++) {
                    row(src, base + (long) i0 * innerStride + (long) k * outerStride, innerStride, count, itemsize, out, (k * n + i0) * itemsize);
                }
            }
            TruffleSafepoint.poll(node);
        }
    }

    /**
     * One row. The extent check in {@link #gather} put every source offset inside the array, so they
     * all fit in an int: int induction variables let the JIT drop the per-element range checks.
     */
    private static int row(byte[] src, long start, long stride, int count, int itemsize, byte[] out, int written) {
        int s = (int) start;
        int st = (int) stride;
        int o = written;
        switch (itemsize) {
            case 1 -> bytes(src, s, st, count, out, o);
            case 2 -> {
                for (int i = 0; i < count; i++) {
                    NATIVE.putShort(out, o + 2 * i, NATIVE.getShort(src, s + i * st));
                }
            }
            case 4 -> {
                for (int i = 0; i < count; i++) {
                    NATIVE.putInt(out, o + 4 * i, NATIVE.getInt(src, s + i * st));
                }
            }
            case 8 -> {
                for (int i = 0; i < count; i++) {
                    NATIVE.putLong(out, o + 8 * i, NATIVE.getLong(src, s + i * st));
                }
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    System.arraycopy(src, s + i * st, out, o + itemsize * i, itemsize);
                }
            }
        }
        return o + count * itemsize;
    }

    /**
     * Single bytes. With the stride a constant the JIT unrolls and schedules the loop far better (2.5×
     * measured for a step of 2), so the common steps get a loop of their own: every other byte, one
     * channel of interleaved RGB or RGBA data, reversal.
     */
    private static void bytes(byte[] src, int s, int st, int count, byte[] out, int o) {
        switch (st) {
            case 2 -> {
                for (int i = 0; i < count; i++) {
                    out[o + i] = src[s + 2 * i];
                }
            }
            case 3 -> {
                for (int i = 0; i < count; i++) {
                    out[o + i] = src[s + 3 * i];
                }
            }
            case 4 -> {
                for (int i = 0; i < count; i++) {
                    out[o + i] = src[s + 4 * i];
                }
            }
            case -1 -> {
                for (int i = 0; i < count; i++) {
                    out[o + i] = src[s - i];
                }
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    out[o + i] = src[s + i * st];
                }
            }
        }
    }

    /** Steps a Fortran-order odometer over dimensions 1.. (dimension 0 is the row). */
    private static long advanceOuterFortran(long[] index, long[] shape, long[] strides, long offset) {
        long result = offset;
        for (int d = 1; d < index.length; d++) {
            index[d]++;
            result += strides[d];
            if (index[d] < shape[d]) {
                return result;
            }
            result -= shape[d] * strides[d];
            index[d] = 0;
        }
        return result;
    }
}
