package org.mview.language.nodes.access;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * A view's shape or strides, with the values of the first two a site sees as constants. A bounds check
 * of an index the compiler knows to be in range ({@code i & 31} into 32 items) then folds away, and a
 * multiplication by a stride becomes a shift or nothing: JS {@code v[i & 31]} and an mview lambda's
 * {@code m[i, j]} lost their bounds checks this way (benchmark rows 13a–13d). The guard reads the
 * view's values, so a site that sees the same geometry in a loop checks it once, outside the loop.
 * Other values at the same site come back as they are.
 */
@GenerateUncached
public abstract class ConstantDimsNode extends Node {

    /** Longer shapes and strides are not worth an unrolled comparison. */
    static final int MAX_NDIM = ElementOffsetNode.EXPLODE_NDIM;

    public abstract long[] execute(long[] dims);

    @Specialization(guards = {"dims.length == cached.length", "cached.length <= MAX_NDIM", "same(dims, cached)"}, limit = "2")
    static long[] doConstant(long[] dims,
                    @Cached(value = "copyOf(dims)", dimensions = 1) long[] cached) {
        return cached;
    }

    @Specialization(replaces = "doConstant")
    static long[] doAny(long[] dims) {
        return dims;
    }

    static long[] copyOf(long[] dims) {
        return dims.clone();
    }

    /** {@code dims} equal to {@code cached}, of the same length (the guard before it): unrolled. */
    @ExplodeLoop
    static boolean same(long[] dims, long[] cached) {
        for (int d = 0; d < cached.length; d++) {
            if (dims[d] != cached[d]) {
                return false;
            }
        }
        return true;
    }

    public static ConstantDimsNode create() {
        return ConstantDimsNodeGen.create();
    }

    public static ConstantDimsNode getUncached() {
        return ConstantDimsNodeGen.getUncached();
    }
}
