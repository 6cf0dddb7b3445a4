package org.mview.language.nodes.access;

import org.mview.language.buffer.BufferDescriptor;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.InlinedBranchProfile;

/** Writes {@code width} little-endian bytes at a byte offset of a view's logical C-order image. */
@GenerateUncached
public abstract class WriteLogicalNode extends Node {

    /** @param cContiguous whether {@code view} is C-contiguous (the view's flag, computed once) */
    public abstract void execute(BufferDescriptor view, boolean cContiguous, long offset, int width, long bits) throws InvalidBufferOffsetException;

    @Specialization(guards = "cContiguous")
    static void doContiguous(BufferDescriptor view, @SuppressWarnings("unused") boolean cContiguous, long offset, int width, long bits,
                    @Bind Node node,
                    @Shared("error") @Cached InlinedBranchProfile errorProfile,
                    @Shared("write") @Cached WriteBitsNode write) throws InvalidBufferOffsetException {
        ReadLogicalNode.check(node, view, offset, width, errorProfile);
        write.execute(view.storage(), view.offset() + offset, width, bits);
    }

    @Specialization(guards = {"!cContiguous", "isStrided1D(view)", "view.itemsize() == cachedItemsize"}, limit = "2")
    static void doStrided1D(BufferDescriptor view, @SuppressWarnings("unused") boolean cContiguous, long offset, int width, long bits,
                    @Bind Node node,
                    @Cached("view.itemsize()") int cachedItemsize,
                    @Shared("error") @Cached InlinedBranchProfile errorProfile,
                    @Shared("write") @Cached WriteBitsNode write,
                    @Cached InlinedBranchProfile bytewiseProfile) throws InvalidBufferOffsetException {
        ReadLogicalNode.check(node, view, offset, width, errorProfile);
        long element = ReadLogicalNode.elementOf(offset, cachedItemsize);
        long within = offset - element * cachedItemsize;
        if (within + width <= cachedItemsize) {
            write.execute(view.storage(), view.offset() + element * view.strides()[0] + within, width, bits);
            return;
        }
        bytewiseProfile.enter(node);
        bytewise(view, offset, width, bits, write, ElementOffsetNode.getUncached());
    }

    @Specialization(replaces = "doStrided1D", guards = "!cContiguous")
    static void doGeneric(BufferDescriptor view, @SuppressWarnings("unused") boolean cContiguous, long offset, int width, long bits,
                    @Bind Node node,
                    @Shared("error") @Cached InlinedBranchProfile errorProfile,
                    @Shared("write") @Cached WriteBitsNode write,
                    @Cached ElementOffsetNode elementOffset) throws InvalidBufferOffsetException {
        ReadLogicalNode.check(node, view, offset, width, errorProfile);
        bytewise(view, offset, width, bits, write, elementOffset);
    }

    static boolean isStrided1D(BufferDescriptor view) {
        return ReadLogicalNode.isStrided1D(view);
    }

    private static void bytewise(BufferDescriptor view, long offset, int width, long bits, WriteBitsNode write, ElementOffsetNode elementOffset) {
        int itemsize = view.itemsize();
        long[] indices = new long[view.ndim()];
        for (int b = 0; b < width; b++) {
            long logical = offset + b;
            LogicalOffsets.unravel(view, logical / itemsize, indices);
            long physical = elementOffset.execute(view, indices) + logical % itemsize;
            write.execute(view.storage(), physical, 1, bits >>> (8 * b));
        }
    }

    public static WriteLogicalNode create() {
        return WriteLogicalNodeGen.create();
    }

    public static WriteLogicalNode getUncached() {
        return WriteLogicalNodeGen.getUncached();
    }
}
