package org.mview.language.nodes.expr;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.type.PType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code raise X} / {@code raise X("message")}. */
public final class RaiseNode extends MViewExpressionNode {

    @Child private MViewExpressionNode exception;

    public RaiseNode(MViewExpressionNode exception) {
        this.exception = exception;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (exception == null) {
            throw PythonError.raise(PythonErrorType.RuntimeError, "No active exception to reraise");
        }
        throw toError(exception.execute(frame));
    }

    @TruffleBoundary
    static PythonError toError(Object value) {
        if (value instanceof PythonError e) {
            return e;
        } else if (value instanceof PType t && t.errorType() != null) {
            return PythonError.raise(t.errorType(), "");
        }
        return PythonError.raise(PythonErrorType.TypeError, "exceptions must derive from BaseException");
    }
}
