package org.mview.language.nodes.expr;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.memoryview.MemoryView;
import org.mview.language.memoryview.ViewFactory;
import org.mview.language.nodes.access.ElementOffsetNode;
import org.mview.language.nodes.format.UnpackNode;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.runtime.PyOps;
import org.mview.language.objects.slice.SliceIndices;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.mview.language.objects.tuple.PTuple;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.InlinedBranchProfile;

/**
 * {@code obj[key]}. An int index into a 1-D view of a native format and a slice of a 1-D view with int
 * or None bounds run in compiled code (no boundary, so that a lambda called from another language's loop
 * compiles to a load or a few allocations); every other case, and every error, goes through
 * {@link PyOps#getItem}, which raises CPython's error in CPython's order of checks.
 */
public abstract class GetItemNode extends Node {

    public abstract Object execute(Object object, Object key);

    @Specialization(guards = {"mv.ndim() == 1", "mv.kind() != OTHER_FORMAT"})
    static Object doItem(MemoryView mv, long index,
                    @Bind Node node,
                    @Cached InlinedBranchProfile slowPath,
                    @Cached ElementOffsetNode elementOffset,
                    @Cached UnpackNode unpack) {
        BufferDescriptor v = mv.descriptor();
        long length = v.shape()[0];
        long i = index < 0 ? index + length : index;
        if (mv.isReleased() || i < 0 || i >= length) {
            slowPath.enter(node);
            return PyOps.getItem(mv, index);
        }
        return unpack.execute(v.storage(), elementOffset.execute(v, new long[]{i}), v.kind());
    }

    /**
     * {@code m[i, j]}: a full tuple of ints into an N-D view of a native format. The loop over the
     * dimensions is unrolled for the cached ndim, so the tuple the key expression built is never
     * materialized in compiled code (it escapes only into the slow path).
     */
    @Specialization(guards = {"mv.ndim() == cachedNdim", "key.size() == cachedNdim", "mv.kind() != OTHER_FORMAT"}, limit = "1")
    @ExplodeLoop
    static Object doMultiItem(MemoryView mv, PTuple key,
                    @Cached(value = "mv.ndim()", neverDefault = false) int cachedNdim,
                    @Bind Node node,
                    @Cached InlinedBranchProfile slowPath,
                    @Cached ElementOffsetNode elementOffset,
                    @Cached UnpackNode unpack) {
        BufferDescriptor v = mv.descriptor();
        long[] shape = v.shape();
        long[] indices = new long[cachedNdim];
        for (int d = 0; d < cachedNdim; d++) {
            Object k = key.get(d);
            long i = k instanceof Long l ? (l < 0 ? l + shape[d] : l) : -1;
            if (i < 0 || i >= shape[d]) {
                slowPath.enter(node);
                return PyOps.getItem(mv, key);
            }
            indices[d] = i;
        }
        if (mv.isReleased()) {
            slowPath.enter(node);
            return PyOps.getItem(mv, key);
        }
        return unpack.execute(v.storage(), elementOffset.execute(v, indices), v.kind());
    }

    @Specialization(guards = {"mv.ndim() == 1", "mv.descriptor().suboffsets() == null"})
    static Object doSlice(MemoryView mv, PSlice slice,
                    @Bind Node node,
                    @Cached InlinedBranchProfile slowPath) {
        if (mv.isReleased() || !SliceIndices.isSimple(slice)) {
            slowPath.enter(node);
            return PyOps.getItem(mv, slice);
        }
        return ViewFactory.slice1D(mv, SliceIndices.ofSimple(slice, mv.descriptor().shape()[0]));
    }

    @Fallback
    static Object doGeneric(Object object, Object key) {
        return PyOps.getItem(object, key);
    }

    static final BufferFormat OTHER_FORMAT = BufferFormat.OTHER;

    public static GetItemNode create() {
        return GetItemNodeGen.create();
    }
}
