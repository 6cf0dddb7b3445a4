package org.mview.language.memoryview;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.nodes.access.ConstantDimsNode;
import org.mview.language.nodes.access.ElementOffsetNode;
import org.mview.language.nodes.format.ExtendedFormat;
import org.mview.language.nodes.format.UnpackNode;
import org.mview.language.runtime.ForeignValues;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.InlinedBranchProfile;

/**
 * Interop {@code readArrayElement}: item {@code index} (0 ≤ index < shape[0]) of a 1-D view, decoded
 * per format; for an N-D view, the (N−1)-D sub-view at that index.
 */
@GenerateUncached
public abstract class ReadArrayElementNode extends Node {

    public abstract Object execute(MemoryView mv, long index) throws InvalidArrayIndexException;

    /**
     * An item of a 1-D view, per format: with the format a constant, an int item crosses as an
     * {@code Integer} where its format allows ({@link ForeignValues#itemToInterop}) without a box.
     */
    @Specialization(guards = {"mv.ndim() == 1", "mv.descriptor().kind() == kind"}, limit = "3")
    static Object doItem(MemoryView mv, long index,
                    @Bind Node node,
                    @Cached("mv.descriptor().kind()") BufferFormat kind,
                    @Shared @Cached InlinedBranchProfile errorProfile,
                    @Shared @Cached ConstantDimsNode shapeOf,
                    @Shared @Cached ElementOffsetNode elementOffset,
                    @Shared @Cached UnpackNode unpack) throws InvalidArrayIndexException {
        return item(mv, index, kind, node, errorProfile, shapeOf, elementOffset, unpack);
    }

    @Specialization(guards = "mv.ndim() == 1", replaces = "doItem")
    static Object doItemAnyFormat(MemoryView mv, long index,
                    @Bind Node node,
                    @Shared @Cached InlinedBranchProfile errorProfile,
                    @Shared @Cached ConstantDimsNode shapeOf,
                    @Shared @Cached ElementOffsetNode elementOffset,
                    @Shared @Cached UnpackNode unpack) throws InvalidArrayIndexException {
        return item(mv, index, mv.descriptor().kind(), node, errorProfile, shapeOf, elementOffset, unpack);
    }

    private static Object item(MemoryView mv, long index, BufferFormat kind, Node node, InlinedBranchProfile errorProfile,
                    ConstantDimsNode shapeOf, ElementOffsetNode elementOffset, UnpackNode unpack) throws InvalidArrayIndexException {
        mv.checkReleased();
        BufferDescriptor view = mv.descriptor();
        if (kind == BufferFormat.OTHER) {
            errorProfile.enter(node);
            return readExtended(mv, index);
        }
        if (index < 0 || index >= shapeOf.execute(view.shape())[0]) {
            errorProfile.enter(node);
            throw InvalidArrayIndexException.create(index);
        }
        return ForeignValues.itemToInterop(unpack.execute(view.storage(), elementOffset.execute(view, new long[]{index}), kind), kind);
    }

    /** An item of a byte-order, record or complex format: readable with {@code mview.Extensions} on. */
    @TruffleBoundary
    private static Object readExtended(MemoryView mv, long index) throws InvalidArrayIndexException {
        BufferDescriptor view = mv.descriptor();
        if (!MemoryViewOps.extensions()) {
            throw BufferFormat.unsupported(view.format());
        }
        ExtendedFormat items = ExtendedItems.itemsOf(view);
        if (index < 0 || index >= view.shape()[0]) {
            throw InvalidArrayIndexException.create(index);
        }
        return ForeignValues.itemToInterop(ExtendedItems.unpack(view, items, MemoryViewOps.offsetOf(view, new long[]{index})), items.valueKind());
    }

    /**
     * {@code view[i]} of an N-D view without suboffsets: the (N−1)-D sub-view, made inline. The rank
     * is cached so that the sub-view's shape and strides are arrays of constant length: in a loop such
     * as JS {@code v[i][j]} the sub-view then never exists, only its item read does.
     */
    @Specialization(guards = {"mv.ndim() == ndim", "ndim > 1", "mv.descriptor().suboffsets() == null"}, limit = "2")
    static Object doSubView(MemoryView mv, long index,
                    @Bind Node node,
                    @Cached("mv.ndim()") int ndim,
                    @Cached ConstantDimsNode shapeOf,
                    @Cached ConstantDimsNode stridesOf,
                    @Cached InlinedBranchProfile errorProfile) throws InvalidArrayIndexException {
        mv.checkReleased();
        BufferDescriptor view = mv.descriptor();
        long[] dims = shapeOf.execute(view.shape());
        if (index < 0 || index >= dims[0]) {
            errorProfile.enter(node);
            throw InvalidArrayIndexException.create(index);
        }
        long[] shape = tail(dims, ndim);
        long[] strides = stridesOf.execute(view.strides());
        return ViewFactory.row(mv, view.offset() + index * strides[0], bytes(view.itemsize(), shape), shape, tail(strides, ndim));
    }

    /** A row's length in bytes: multiplied out (a division by the row count costs more than the read). */
    @ExplodeLoop
    private static long bytes(int itemsize, long[] shape) {
        long len = itemsize;
        for (int i = 0; i < shape.length; i++) {
            len *= shape[i];
        }
        return len;
    }

    @ExplodeLoop
    private static long[] tail(long[] dims, int ndim) {
        long[] out = new long[ndim - 1];
        for (int i = 1; i < ndim; i++) {
            out[i - 1] = dims[i];
        }
        return out;
    }

    /** 0-dim views and PIL layouts (the pointer of the first dimension is followed). */
    @Specialization(guards = {"mv.ndim() != 1"}, replaces = "doSubView")
    static Object doSubViewGeneric(MemoryView mv, long index) throws InvalidArrayIndexException {
        mv.checkReleased();
        BufferDescriptor view = mv.descriptor();
        if (view.ndim() == 0 || index < 0 || index >= view.shape()[0]) {
            throw InvalidArrayIndexException.create(index);
        }
        return ViewFactory.subView(mv, index);
    }
}
