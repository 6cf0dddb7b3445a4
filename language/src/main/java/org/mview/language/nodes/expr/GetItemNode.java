package org.mview.language.nodes.expr;

import java.util.Arrays;

import org.mview.language.MViewContext;
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
     * {@code m[i, j]} and, with {@code mview.Extensions}, {@code m[1:3, i:j]}: a tuple of ints and
     * simple slices into a view of a native format. The loop over the key is unrolled for the cached
     * tuple length, so the tuple the key expression built is never materialized in compiled code (it
     * escapes only into the slow path, which also raises every error in CPython's order).
     */
    @Specialization(guards = {"key.size() == cachedSize", "mv.kind() != OTHER_FORMAT"}, limit = "1")
    @ExplodeLoop
    static Object doTuple(MemoryView mv, PTuple key,
                    @Cached("key.size()") int cachedSize,
                    @Bind Node node,
                    @Cached InlinedBranchProfile slowPath,
                    @Cached ElementOffsetNode elementOffset,
                    @Cached UnpackNode unpack) {
        BufferDescriptor v = mv.descriptor();
        int ndim = v.ndim();
        if (mv.isReleased() || cachedSize > ndim) {
            slowPath.enter(node);
            return PyOps.getItem(mv, key);
        }
        long[] shape = v.shape();
        long[] indices = cachedSize == ndim ? TupleIndices.of(key, shape, cachedSize) : null;
        if (indices != null) {
            return unpack.execute(v.storage(), elementOffset.execute(v, indices), v.kind());
        }
        // a sub-view (with the option), or an int out of range or of another type: the loop below ends on the slow path
        if (!MViewContext.get(node).extensions() || v.suboffsets() != null) {
            slowPath.enter(node);
            return PyOps.getItem(mv, key);
        }
        long[] strides = v.strides();
        long offset = v.offset();
        long[] newShape = new long[ndim];
        long[] newStrides = new long[ndim];
        int out = 0;
        for (int d = 0; d < cachedSize; d++) {
            Object k = key.get(d);
            if (k instanceof Long l) {
                long i = l < 0 ? l + shape[d] : l;
                if (i < 0 || i >= shape[d]) {
                    slowPath.enter(node);
                    return PyOps.getItem(mv, key);
                }
                offset += i * strides[d];
            } else if (k instanceof PSlice s && SliceIndices.isSimple(s)) {
                SliceIndices si = SliceIndices.ofSimple(s, shape[d]);
                offset += si.start() * strides[d];
                newShape[out] = si.length();
                newStrides[out] = si.step() * strides[d];
                out++;
            } else {
                slowPath.enter(node);
                return PyOps.getItem(mv, key);
            }
        }
        return selection(mv, offset, newShape, newStrides, out, cachedSize);
    }

    /** The selected view: the dimensions after the key taken whole (a loop that is not unrolled). */
    private static MemoryView selection(MemoryView mv, long offset, long[] shape, long[] strides, int selected, int keyLength) {
        BufferDescriptor v = mv.descriptor();
        int out = selected;
        for (int d = keyLength; d < v.ndim(); d++) {
            shape[out] = v.shape()[d];
            strides[out] = v.strides()[d];
            out++;
        }
        if (out == shape.length) {
            return ViewFactory.select(mv, offset, shape, strides);
        }
        return ViewFactory.select(mv, offset, Arrays.copyOf(shape, out), Arrays.copyOf(strides, out));
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
