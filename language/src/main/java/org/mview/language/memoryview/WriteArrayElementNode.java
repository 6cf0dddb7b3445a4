package org.mview.language.memoryview;

import org.mview.language.Messages;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.Storage;
import org.mview.language.nodes.access.ConstantDimsNode;
import org.mview.language.nodes.access.ElementOffsetNode;
import org.mview.language.nodes.format.ExtendedFormat;
import org.mview.language.nodes.format.PackNode;
import org.mview.language.runtime.ForeignValues;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.InlinedBranchProfile;

/** Interop {@code writeArrayElement}: item assignment on a 1-D view, with CPython's checks and messages. */
@GenerateUncached
public abstract class WriteArrayElementNode extends Node {

    public abstract void execute(MemoryView mv, long index, Object value) throws InvalidArrayIndexException;

    @Specialization
    static void doItem(MemoryView mv, long index, Object value,
                    @Bind Node node,
                    @Cached InlinedBranchProfile errorProfile,
                    @Cached ConstantDimsNode shapeOf,
                    @Cached ElementOffsetNode elementOffset,
                    @Cached PackNode pack) throws InvalidArrayIndexException {
        mv.checkReleased();
        BufferDescriptor view = mv.descriptor();
        if (view.kind() == BufferFormat.OTHER) {
            errorProfile.enter(node);
            writeExtended(mv, index, value);
            return;
        }
        if (view.readonly()) {
            errorProfile.enter(node);
            throw Storage.readOnly();
        }
        if (view.ndim() != 1) {
            errorProfile.enter(node);
            throw subViews(view.ndim());
        }
        if (index < 0 || index >= shapeOf.execute(view.shape())[0]) {
            errorProfile.enter(node);
            throw InvalidArrayIndexException.create(index);
        }
        pack.execute(view.storage(), elementOffset.execute(view, new long[]{index}), view.kind(), ForeignValues.toPythonFast(value));
    }

    /** An item of a byte-order, record or complex format: writable with {@code mview.Extensions} on, in the same order of checks. */
    @TruffleBoundary
    private static void writeExtended(MemoryView mv, long index, Object value) throws InvalidArrayIndexException {
        BufferDescriptor view = mv.descriptor();
        if (!MemoryViewOps.extensions()) {
            throw BufferFormat.unsupported(view.format());
        }
        ExtendedFormat items = ExtendedItems.itemsOf(view); // the same error for a format it cannot read
        if (view.readonly()) {
            throw Storage.readOnly();
        }
        if (view.ndim() != 1) {
            throw subViews(view.ndim());
        }
        if (index < 0 || index >= view.shape()[0]) {
            throw InvalidArrayIndexException.create(index);
        }
        ExtendedItems.pack(view, items, MemoryViewOps.offsetOf(view, new long[]{index}), ForeignValues.toPython(value));
    }

    @TruffleBoundary
    private static PythonError subViews(int ndim) {
        if (ndim == 0) {
            return PythonError.raise(PythonErrorType.TypeError, Messages.ZERO_DIM_INDEXING);
        }
        return PythonError.raise(PythonErrorType.NotImplementedError, Messages.SUB_VIEWS);
    }
}
