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

/**
 * Reads {@code width} bytes at a byte offset of a view's logical C-order image, little-endian, as
 * the interop buffer messages see the view. A C-contiguous view maps the offset directly; a 1-D
 * strided view maps it through the stride when the read stays inside one element; anything else
 * assembles the value byte by byte.
 */
@GenerateUncached
public abstract class ReadLogicalNode extends Node {

    /**
     * @param cContiguous whether {@code view} is C-contiguous (the view's flag, computed once), so that
     *            the guard costs nothing on the hot path
     */
    public abstract long execute(BufferDescriptor view, boolean cContiguous, long offset, int width) throws InvalidBufferOffsetException;

    @Specialization(guards = "cContiguous")
    static long doContiguous(BufferDescriptor view, @SuppressWarnings("unused") boolean cContiguous, long offset, int width,
                    @Bind Node node,
                    @Shared("error") @Cached InlinedBranchProfile errorProfile,
                    @Shared("read") @Cached ReadBitsNode read) throws InvalidBufferOffsetException {
        check(node, view, offset, width, errorProfile);
        return read.execute(view.storage(), view.offset() + offset, width);
    }

    @Specialization(guards = {"!cContiguous", "isStrided1D(view)", "view.itemsize() == cachedItemsize"}, limit = "2")
    static long doStrided1D(BufferDescriptor view, @SuppressWarnings("unused") boolean cContiguous, long offset, int width,
                    @Bind Node node,
                    @Cached("view.itemsize()") int cachedItemsize,
                    @Shared("error") @Cached InlinedBranchProfile errorProfile,
                    @Shared("read") @Cached ReadBitsNode read,
                    @Cached InlinedBranchProfile bytewiseProfile) throws InvalidBufferOffsetException {
        check(node, view, offset, width, errorProfile);
        long element = elementOf(offset, cachedItemsize);
        long within = offset - element * cachedItemsize;
        if (within + width <= cachedItemsize) {
            return read.execute(view.storage(), view.offset() + element * view.strides()[0] + within, width);
        }
        bytewiseProfile.enter(node);
        return bytewise(view, offset, width, read, ElementOffsetNode.getUncached());
    }

    @Specialization(replaces = "doStrided1D", guards = "!cContiguous")
    static long doGeneric(BufferDescriptor view, @SuppressWarnings("unused") boolean cContiguous, long offset, int width,
                    @Bind Node node,
                    @Shared("error") @Cached InlinedBranchProfile errorProfile,
                    @Shared("read") @Cached ReadBitsNode read,
                    @Cached ElementOffsetNode elementOffset) throws InvalidBufferOffsetException {
        check(node, view, offset, width, errorProfile);
        return bytewise(view, offset, width, read, elementOffset);
    }

    /**
     * {@code offset / itemsize} for a checked, non-negative offset; a shift for the power-of-two sizes
     * of every native format (the item size is a compilation constant, so the choice folds away).
     */
    static long elementOf(long offset, int itemsize) {
        if (Integer.bitCount(itemsize) == 1) {
            return offset >>> Integer.numberOfTrailingZeros(itemsize);
        }
        return offset / itemsize;
    }

    static boolean isStrided1D(BufferDescriptor view) {
        return view.ndim() == 1 && view.suboffsets() == null;
    }

    static void check(Node node, BufferDescriptor view, long offset, int width, InlinedBranchProfile errorProfile) throws InvalidBufferOffsetException {
        if (offset < 0 || offset > view.len() - width) {
            errorProfile.enter(node);
            throw InvalidBufferOffsetException.create(offset, width);
        }
    }

    private static long bytewise(BufferDescriptor view, long offset, int width, ReadBitsNode read, ElementOffsetNode elementOffset) {
        int itemsize = view.itemsize();
        long[] indices = new long[view.ndim()];
        long bits = 0;
        for (int b = 0; b < width; b++) {
            long logical = offset + b;
            LogicalOffsets.unravel(view, logical / itemsize, indices);
            long physical = elementOffset.execute(view, indices) + logical % itemsize;
            bits |= (read.execute(view.storage(), physical, 1) & 0xFFL) << (8 * b);
        }
        return bits;
    }

    public static ReadLogicalNode create() {
        return ReadLogicalNodeGen.create();
    }

    public static ReadLogicalNode getUncached() {
        return ReadLogicalNodeGen.getUncached();
    }
}
