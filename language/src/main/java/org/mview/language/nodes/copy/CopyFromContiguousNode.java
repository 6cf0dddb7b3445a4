package org.mview.language.nodes.copy;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.nodes.access.BulkWriteNode;
import org.mview.language.nodes.access.ElementOffsetNode;

import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.InlinedConditionProfile;

/**
 * Writes a C-order byte image into a view's elements: the second half of slice assignment. Taking
 * the source as a separate array makes overlapping assignments ({@code m[1:4] = m[0:3]}) safe.
 */
@GenerateUncached
public abstract class CopyFromContiguousNode extends Node {

    public abstract void execute(BufferDescriptor view, byte[] source, int sourceOffset);

    @Specialization
    static void doCopy(BufferDescriptor view, byte[] source, int sourceOffset,
                    @Bind Node node,
                    @Cached BulkWriteNode bulk,
                    @Cached ElementOffsetNode elementOffset,
                    @Cached InlinedConditionProfile contiguousProfile) {
        long len = view.len();
        if (len == 0) {
            return;
        }
        if (contiguousProfile.profile(node, view.isCContiguous())) {
            bulk.execute(view.storage(), view.offset(), source, sourceOffset, (int) len);
            return;
        }
        int ndim = view.ndim();
        long[] shape = view.shape();
        long[] strides = view.strides();
        int itemsize = view.itemsize();
        long count = len / itemsize;
        long[] index = new long[ndim];
        boolean indirect = view.suboffsets() != null;
        long offset = view.offset();
        int read = sourceOffset;
        long i = 0;
        try {
            for (; i < count; i++) {
                long target = indirect ? elementOffset.execute(view, index) : offset;
                bulk.execute(view.storage(), target, source, read, itemsize);
                read += itemsize;
                offset = CopyToContiguousNode.advance(index, shape, strides, ndim - 1, offset);
                TruffleSafepoint.poll(node);
            }
        } finally {
            LoopNode.reportLoopCount(node, (int) Math.min(i, Integer.MAX_VALUE));
        }
    }

    public static CopyFromContiguousNode create() {
        return CopyFromContiguousNodeGen.create();
    }

    public static CopyFromContiguousNode getUncached() {
        return CopyFromContiguousNodeGen.getUncached();
    }
}
