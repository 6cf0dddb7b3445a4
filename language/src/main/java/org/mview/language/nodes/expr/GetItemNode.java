package org.mview.language.nodes.expr;

import org.mview.language.MViewContext;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.memoryview.MemoryView;
import org.mview.language.memoryview.ViewFactory;
import org.mview.language.nodes.access.ConstantDimsNode;
import org.mview.language.nodes.access.ElementOffsetNode;
import org.mview.language.nodes.format.UnpackNode;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.runtime.PyOps;
import org.mview.language.objects.slice.SliceIndices;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.ImportStatic;
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
@ImportStatic(TupleIndices.class)
public abstract class GetItemNode extends Node {

    public abstract Object execute(Object object, Object key);

    @Specialization(guards = {"mv.ndim() == 1", "mv.kind() != OTHER_FORMAT"})
    static Object doItem(MemoryView mv, long index,
                    @Bind Node node,
                    @Cached InlinedBranchProfile slowPath,
                    @Cached ConstantDimsNode shapeOf,
                    @Cached ElementOffsetNode elementOffset,
                    @Cached UnpackNode unpack) {
        BufferDescriptor v = mv.descriptor();
        long length = shapeOf.execute(v.shape())[0];
        long i = index < 0 ? index + length : index;
        if (mv.isReleased() || i < 0 || i >= length) {
            slowPath.enter(node);
            return PyOps.getItem(mv, index);
        }
        return unpack.execute(v.storage(), elementOffset.execute(v, new long[]{i}), v.kind());
    }

    /**
     * {@code m[i, j]}: as many ints as the view has dimensions, into a view of a native format. The
     * key's length is cached and its loops unrolled, so the tuple the key expression built is never
     * materialized in compiled code (it escapes only into the slow path, which raises every error in
     * CPython's order). Apart from {@link #doTuple}, so that an element read compiles to the element
     * read alone, not to the sub-view selection too.
     */
    @Specialization(guards = {"key.size() == cachedSize", "mv.ndim() == cachedSize", "mv.kind() != OTHER_FORMAT", "allInts(key, cachedSize)"}, limit = "1")
    static Object doTupleItem(MemoryView mv, PTuple key,
                    @Cached("key.size()") int cachedSize,
                    @Bind Node node,
                    @Cached InlinedBranchProfile slowPath,
                    @Cached ConstantDimsNode shapeOf,
                    @Cached ElementOffsetNode elementOffset,
                    @Cached UnpackNode unpack) {
        BufferDescriptor v = mv.descriptor();
        long[] indices = new long[cachedSize];
        if (mv.isReleased() || !TupleIndices.fill(key, shapeOf.execute(v.shape()), cachedSize, indices)) {
            slowPath.enter(node);
            return PyOps.getItem(mv, key);
        }
        return unpack.execute(v.storage(), elementOffset.execute(v, indices), v.kind());
    }

    /**
     * With {@code mview.Extensions}, {@code m[1:3, i:j]}, or {@code m[i, j]} of a view of more
     * dimensions: a tuple of ints and simple slices selecting a sub-view, made inline. The key's length, which of its entries
     * are slices ({@code sliceMask}) and the view's rank are cached, so every loop is unrolled and the
     * new geometry's arrays have constant lengths and constant indices: the sub-view is never
     * allocated when the caller only reads it. Every other key and every error go to the slow path.
     */
    @Specialization(guards = {"key.size() == cachedSize", "mv.ndim() == cachedNdim", "sliceMask(key, cachedSize) == cachedMask", "cachedMask >= 0", "mv.kind() != OTHER_FORMAT"}, limit = "1")
    @ExplodeLoop
    static Object doTuple(MemoryView mv, PTuple key,
                    @Cached("key.size()") int cachedSize,
                    @Cached("mv.ndim()") int cachedNdim,
                    @Cached("sliceMask(key, cachedSize)") int cachedMask,
                    @Bind Node node,
                    @Cached InlinedBranchProfile slowPath) {
        BufferDescriptor v = mv.descriptor();
        if (mv.isReleased() || cachedSize > cachedNdim || !MViewContext.get(node).extensions() || v.suboffsets() != null) {
            slowPath.enter(node);
            return PyOps.getItem(mv, key);
        }
        long[] shape = v.shape();
        long[] strides = v.strides();
        long offset = v.offset();
        int selected = Integer.bitCount(cachedMask) + cachedNdim - cachedSize;
        long[] newShape = new long[selected];
        long[] newStrides = new long[selected];
        long len = v.itemsize();
        int out = 0;
        for (int d = 0; d < cachedSize; d++) {
            Object k = key.get(d);
            if ((cachedMask & (1 << d)) == 0) {
                long l = (Long) k;
                long i = l < 0 ? l + shape[d] : l;
                if (i < 0 || i >= shape[d]) {
                    slowPath.enter(node);
                    return PyOps.getItem(mv, key);
                }
                offset += i * strides[d];
            } else {
                PSlice s = (PSlice) k;
                if (!SliceIndices.isSimple(s)) {
                    slowPath.enter(node);
                    return PyOps.getItem(mv, key);
                }
                SliceIndices si = SliceIndices.ofSimple(s, shape[d]);
                offset += si.start() * strides[d];
                newShape[out] = si.length();
                newStrides[out] = si.step() * strides[d];
                len *= si.length();
                out++;
            }
        }
        for (int d = cachedSize; d < cachedNdim; d++) { // the dimensions after the key, taken whole
            newShape[out] = shape[d];
            newStrides[out] = strides[d];
            len *= shape[d];
            out++;
        }
        return ViewFactory.select(mv, offset, len, newShape, newStrides);
    }

    /**
     * Bit {@code d} set when entry {@code d} of the key is a slice; -1 when an entry is neither an
     * int nor a slice (the specialization then never matches: the generic path raises the error).
     */
    @ExplodeLoop
    static int sliceMask(PTuple key, int n) {
        if (n > 30) {
            return -1;
        }
        int mask = 0;
        for (int d = 0; d < n; d++) {
            Object k = key.get(d);
            if (k instanceof PSlice) {
                mask |= 1 << d;
            } else if (!(k instanceof Long)) {
                return -1;
            }
        }
        return mask;
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
