package org.mview.language.nodes.access;

import org.mview.language.buffer.BufferDescriptor;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.nodes.Node;

/**
 * The bulk interop read: copies a range of a view's logical C-order image into a byte array, in one
 * storage copy when the view is C-contiguous and element by element otherwise.
 */
@GenerateUncached
public abstract class ReadLogicalRangeNode extends Node {

    public abstract void execute(BufferDescriptor view, long offset, byte[] destination, int destinationOffset, int length) throws InvalidBufferOffsetException;

    @Specialization
    static void doRange(BufferDescriptor view, long offset, byte[] destination, int destinationOffset, int length,
                    @Bind Node node,
                    @Cached BulkReadNode bulk,
                    @Cached ElementOffsetNode elementOffset) throws InvalidBufferOffsetException {
        if (length < 0 || offset < 0 || offset > view.len() - length || destinationOffset < 0 || destinationOffset > destination.length - length) {
            throw InvalidBufferOffsetException.create(offset, length);
        }
        if (view.isCContiguous()) {
            bulk.execute(view.storage(), view.offset() + offset, destination, destinationOffset, length);
            return;
        }
        int itemsize = view.itemsize();
        long[] indices = new long[view.ndim()];
        int done = 0;
        while (done < length) {
            long logical = offset + done;
            long element = logical / itemsize;
            int within = (int) (logical - element * itemsize);
            int chunk = Math.min(itemsize - within, length - done);
            LogicalOffsets.unravel(view, element, indices);
            bulk.execute(view.storage(), elementOffset.execute(view, indices) + within, destination, destinationOffset + done, chunk);
            done += chunk;
            com.oracle.truffle.api.TruffleSafepoint.poll(node);
        }
    }

    public static ReadLogicalRangeNode create() {
        return ReadLogicalRangeNodeGen.create();
    }

    public static ReadLogicalRangeNode getUncached() {
        return ReadLogicalRangeNodeGen.getUncached();
    }
}
