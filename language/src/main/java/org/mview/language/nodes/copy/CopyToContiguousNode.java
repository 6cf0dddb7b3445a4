package org.mview.language.nodes.copy;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.ByteArrayStorage;
import org.mview.language.nodes.access.BulkReadNode;
import org.mview.language.nodes.access.ElementOffsetNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.InlinedConditionProfile;

/**
 * Copies a view's elements into a new contiguous byte array in C ({@code 'C'}) or Fortran
 * ({@code 'F'}) order: the {@code tobytes()} image. One bulk copy when the view is already contiguous
 * in that order, one bulk copy per innermost row when only rows are contiguous, a gather loop per row
 * over a {@code byte[]} ({@link StridedGather}), and an element loop with safepoint polls otherwise.
 */
@GenerateUncached
public abstract class CopyToContiguousNode extends Node {

    /** The largest byte array the JVM allocates reliably. */
    public static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    public abstract byte[] execute(BufferDescriptor view, char order);

    @Specialization
    static byte[] doCopy(BufferDescriptor view, char order,
                    @Bind Node node,
                    @Cached BulkReadNode bulk,
                    @Cached ElementOffsetNode elementOffset,
                    @Cached InlinedConditionProfile contiguousProfile,
                    @Cached InlinedConditionProfile rowsProfile,
                    @Cached InlinedConditionProfile gatherProfile) {
        long len = view.len();
        if (len > MAX_ARRAY) {
            throw tooLarge(len);
        }
        byte[] out = new byte[(int) len];
        if (len == 0) {
            return out;
        }
        if (contiguousProfile.profile(node, order == 'C' ? view.isCContiguous() : view.isFortranContiguous())) {
            bulk.execute(view.storage(), view.offset(), out, 0, (int) len);
            return out;
        }
        if (rowsProfile.profile(node, order == 'C' && view.suboffsets() == null && view.strides()[view.ndim() - 1] == view.itemsize())) {
            copyRows(node, view, out, bulk);
        } else if (gatherProfile.profile(node, view.suboffsets() == null && view.storage() instanceof ByteArrayStorage) &&
                        StridedGather.gather(node, view, (ByteArrayStorage) view.storage(), order, out)) {
            return out;
        } else {
            copyElements(node, view, order, out, bulk, elementOffset);
        }
        return out;
    }

    /** The innermost dimension is contiguous: one bulk copy per row. */
    private static void copyRows(Node node, BufferDescriptor view, byte[] out, BulkReadNode bulk) {
        int ndim = view.ndim();
        long[] shape = view.shape();
        long[] strides = view.strides();
        int rowBytes = (int) (shape[ndim - 1] * view.itemsize());
        long rows = view.len() / rowBytes;
        long[] index = new long[ndim];
        long offset = view.offset();
        int written = 0;
        long r = 0;
        try {
            for (; r < rows; r++) {
                bulk.execute(view.storage(), offset, out, written, rowBytes);
                written += rowBytes;
                offset = advance(index, shape, strides, ndim - 2, offset);
                TruffleSafepoint.poll(node);
            }
        } finally {
            LoopNode.reportLoopCount(node, (int) Math.min(r, Integer.MAX_VALUE));
        }
    }

    /** Element by element, in C or Fortran order. */
    private static void copyElements(Node node, BufferDescriptor view, char order, byte[] out, BulkReadNode bulk, ElementOffsetNode elementOffset) {
        int ndim = view.ndim();
        long[] shape = view.shape();
        long[] strides = view.strides();
        int itemsize = view.itemsize();
        long count = view.len() / itemsize;
        long[] index = new long[ndim];
        boolean indirect = view.suboffsets() != null;
        long offset = view.offset();
        int written = 0;
        long i = 0;
        try {
            for (; i < count; i++) {
                long source = indirect ? elementOffset.execute(view, index) : offset;
                bulk.execute(view.storage(), source, out, written, itemsize);
                written += itemsize;
                offset = order == 'C' ? advance(index, shape, strides, ndim - 1, offset) : advanceFortran(index, shape, strides, offset);
                TruffleSafepoint.poll(node);
            }
        } finally {
            LoopNode.reportLoopCount(node, (int) Math.min(i, Integer.MAX_VALUE));
        }
    }

    /**
     * Steps a C-order odometer whose fastest dimension is {@code last}, keeping {@code offset} (the
     * byte offset of {@code index} ignoring suboffsets) in step. Returns the new offset.
     */
    static long advance(long[] index, long[] shape, long[] strides, int last, long offset) {
        for (int d = last; d >= 0; d--) {
            index[d]++;
            offset += strides[d];
            if (index[d] < shape[d]) {
                return offset;
            }
            offset -= shape[d] * strides[d];
            index[d] = 0;
        }
        return offset;
    }

    /** Steps a Fortran-order odometer (first dimension fastest). */
    static long advanceFortran(long[] index, long[] shape, long[] strides, long offset) {
        for (int d = 0; d < index.length; d++) {
            index[d]++;
            offset += strides[d];
            if (index[d] < shape[d]) {
                return offset;
            }
            offset -= shape[d] * strides[d];
            index[d] = 0;
        }
        return offset;
    }

    @TruffleBoundary
    private static PythonError tooLarge(long len) {
        return PythonError.raise(PythonErrorType.MemoryError, "cannot copy " + len + " bytes into one bytes object");
    }

    public static CopyToContiguousNode create() {
        return CopyToContiguousNodeGen.create();
    }

    public static CopyToContiguousNode getUncached() {
        return CopyToContiguousNodeGen.getUncached();
    }
}
