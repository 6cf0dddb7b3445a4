package org.mview.language.nodes.expr;

import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code not x}. */
public final class NotNode extends MViewExpressionNode {

    @Child private MViewExpressionNode operand;

    public NotNode(MViewExpressionNode operand) {
        this.operand = operand;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = operand.execute(frame);
        return value instanceof Boolean b ? !b : !PyOps.isTrue(value);
    }
}
