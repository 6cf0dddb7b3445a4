package org.mview.language.nodes.expr;

import org.mview.language.runtime.PyArith;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code -x}, {@code +x}, {@code ~x}. */
public final class UnaryNode extends MViewExpressionNode {

    private final char op;
    @Child private MViewExpressionNode operand;

    public UnaryNode(char op, MViewExpressionNode operand) {
        this.op = op;
        this.operand = operand;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = operand.execute(frame);
        if (op == '-' && value instanceof Long l && l != Long.MIN_VALUE) {
            return -l;
        }
        return PyArith.unary(op, value);
    }
}
