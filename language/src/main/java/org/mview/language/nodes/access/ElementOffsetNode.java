package org.mview.language.nodes.access;

import org.mview.language.buffer.BufferDescriptor;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * The byte offset of an element from its (already bounds-checked, non-negative) indices:
 * {@code offset + sum(index[d] * strides[d])}, dereferencing a pointer after each dimension that has
 * a non-negative suboffset (PIL layout). Pointers are byte offsets into the same storage; whatever
 * they say, the final access is bounds-checked by the storage.
 */
@GenerateUncached
public abstract class ElementOffsetNode extends Node {

    /** Views up to this many dimensions get an unrolled loop. */
    static final int EXPLODE_NDIM = 8;

    public abstract long execute(BufferDescriptor view, long[] indices);

    /**
     * A constant rank, and the strides of the first geometries a site sees as constants
     * ({@link ConstantDimsNode}): a multiplication by a stride becomes a shift or nothing (a contiguous
     * 'B' view's), which made element reads from JS and from lambdas 12 % faster and more (benchmark
     * rows 12a, 12f, 13a–13d).
     */
    @Specialization(guards = {"view.suboffsets() == null", "view.ndim() == cachedNdim", "cachedNdim <= EXPLODE_NDIM"}, limit = "2")
    static long doStrided(BufferDescriptor view, long[] indices,
                    @Cached("view.ndim()") int cachedNdim,
                    @Cached ConstantDimsNode stridesOf) {
        return stridedOffset(view.offset(), indices, stridesOf.execute(view.strides()), cachedNdim);
    }

    /** {@code offset + sum(indices[d] * strides[d])} over a constant rank, unrolled. */
    @ExplodeLoop
    private static long stridedOffset(long offset, long[] indices, long[] strides, int ndim) {
        long sum = offset;
        for (int d = 0; d < ndim; d++) {
            sum += indices[d] * strides[d];
        }
        return sum;
    }

    @Specialization(guards = "view.suboffsets() == null", replaces = "doStrided")
    static long doStridedGeneric(BufferDescriptor view, long[] indices) {
        long[] strides = view.strides();
        long offset = view.offset();
        for (int d = 0; d < strides.length; d++) {
            offset += indices[d] * strides[d];
        }
        return offset;
    }

    @Specialization(guards = "view.suboffsets() != null")
    static long doIndirect(BufferDescriptor view, long[] indices,
                    @Cached ReadBitsNode readPointer) {
        long[] strides = view.strides();
        long[] suboffsets = view.suboffsets();
        long offset = view.offset();
        for (int d = 0; d < strides.length; d++) {
            offset += indices[d] * strides[d];
            if (suboffsets[d] >= 0) {
                offset = readPointer.execute(view.storage(), offset, 8) + suboffsets[d];
            }
        }
        return offset;
    }

    public static ElementOffsetNode create() {
        return ElementOffsetNodeGen.create();
    }

    public static ElementOffsetNode getUncached() {
        return ElementOffsetNodeGen.getUncached();
    }
}
