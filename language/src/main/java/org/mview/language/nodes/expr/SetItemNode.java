package org.mview.language.nodes.expr;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.memoryview.MemoryView;
import org.mview.language.nodes.access.ConstantDimsNode;
import org.mview.language.nodes.access.ElementOffsetNode;
import org.mview.language.nodes.format.PackNode;
import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import org.mview.language.objects.tuple.PTuple;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.InlinedBranchProfile;

/**
 * {@code obj[key] = value}. An int index into a writable 1-D view of a native format runs in compiled
 * code (packing keeps CPython's range and type checks); every other case, and every error before the
 * packing, goes through {@link PyOps#setItem}, which checks in CPython's order.
 */
public abstract class SetItemNode extends Node {

    public abstract void execute(Object object, Object key, Object value);

    @Specialization(guards = {"mv.ndim() == 1", "mv.kind() != OTHER_FORMAT"})
    static void doItem(MemoryView mv, long index, Object value,
                    @Bind Node node,
                    @Cached InlinedBranchProfile slowPath,
                    @Cached ConstantDimsNode shapeOf,
                    @Cached ElementOffsetNode elementOffset,
                    @Cached PackNode pack) {
        BufferDescriptor v = mv.descriptor();
        long length = shapeOf.execute(v.shape())[0];
        long i = index < 0 ? index + length : index;
        if (mv.isReleased() || v.readonly() || i < 0 || i >= length) {
            slowPath.enter(node);
            PyOps.setItem(mv, index, value);
            return;
        }
        pack.execute(v.storage(), elementOffset.execute(v, new long[]{i}), v.kind(), value);
    }

    /** {@code m[i, j] = x}: a full tuple of ints into an N-D view of a native format, as {@link GetItemNode} reads it. */
    @Specialization(guards = {"mv.ndim() == cachedNdim", "key.size() == cachedNdim", "mv.kind() != OTHER_FORMAT"}, limit = "1")
    static void doMultiItem(MemoryView mv, PTuple key, Object value,
                    @Cached("mv.ndim()") int cachedNdim,
                    @Bind Node node,
                    @Cached InlinedBranchProfile slowPath,
                    @Cached ConstantDimsNode shapeOf,
                    @Cached ElementOffsetNode elementOffset,
                    @Cached PackNode pack) {
        BufferDescriptor v = mv.descriptor();
        long[] indices = new long[cachedNdim];
        if (!TupleIndices.fill(key, shapeOf.execute(v.shape()), cachedNdim, indices) || mv.isReleased() || v.readonly()) {
            slowPath.enter(node);
            PyOps.setItem(mv, key, value);
            return;
        }
        pack.execute(v.storage(), elementOffset.execute(v, indices), v.kind(), value);
    }

    @Fallback
    static void doGeneric(Object object, Object key, Object value) {
        PyOps.setItem(object, key, value);
    }

    static final BufferFormat OTHER_FORMAT = BufferFormat.OTHER;

    public static SetItemNode create() {
        return SetItemNodeGen.create();
    }
}
