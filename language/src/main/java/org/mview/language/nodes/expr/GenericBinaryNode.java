package org.mview.language.nodes.expr;

import org.mview.language.runtime.PyArith;

import com.oracle.truffle.api.frame.VirtualFrame;

/** The operators without fast paths ({@code / // % ** << >> & | ^ @}): Python's generic rules. */
public final class GenericBinaryNode extends MViewExpressionNode {

    private final PyArith.Op op;
    @Child private MViewExpressionNode left;
    @Child private MViewExpressionNode right;

    public GenericBinaryNode(PyArith.Op op, MViewExpressionNode left, MViewExpressionNode right) {
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object a = left.execute(frame);
        Object b = right.execute(frame);
        return PyArith.binary(op, a, b);
    }
}
