package org.mview.language.memoryview;

import org.mview.language.Messages;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.Storage;
import org.mview.language.nodes.access.ElementOffsetNode;
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
                    @Cached ElementOffsetNode elementOffset,
                    @Cached PackNode pack) throws InvalidArrayIndexException {
        mv.checkReleased();
        BufferDescriptor view = mv.descriptor();
        if (view.kind() == BufferFormat.OTHER) {
            errorProfile.enter(node);
            throw BufferFormat.unsupported(view.format());
        }
        if (view.readonly()) {
            errorProfile.enter(node);
            throw Storage.readOnly();
        }
        if (view.ndim() != 1) {
            errorProfile.enter(node);
            throw subViews(view.ndim());
        }
        if (index < 0 || index >= view.shape()[0]) {
            errorProfile.enter(node);
            throw InvalidArrayIndexException.create(index);
        }
        pack.execute(view.storage(), elementOffset.execute(view, new long[]{index}), view.kind(), ForeignValues.toPythonFast(value));
    }

    @TruffleBoundary
    private static PythonError subViews(int ndim) {
        if (ndim == 0) {
            return PythonError.raise(PythonErrorType.TypeError, Messages.ZERO_DIM_INDEXING);
        }
        return PythonError.raise(PythonErrorType.NotImplementedError, Messages.SUB_VIEWS);
    }
}
