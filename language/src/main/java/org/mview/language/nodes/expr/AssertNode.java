package org.mview.language.nodes.expr;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.none.PNone;
import org.mview.language.runtime.PyOps;
import org.mview.language.runtime.PyRepr;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code assert condition[, message]}. */
public final class AssertNode extends MViewExpressionNode {

    @Child private MViewExpressionNode condition;
    @Child private MViewExpressionNode message;

    public AssertNode(MViewExpressionNode condition, MViewExpressionNode message) {
        this.condition = condition;
        this.message = message;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (!PyOps.isTrue(condition.execute(frame))) {
            throw PythonError.raise(PythonErrorType.AssertionError, message == null ? "" : PyRepr.str(message.execute(frame)));
        }
        return PNone.INSTANCE;
    }
}
