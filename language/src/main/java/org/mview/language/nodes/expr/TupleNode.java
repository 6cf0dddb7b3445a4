package org.mview.language.nodes.expr;

import org.mview.language.runtime.PTuple;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code (a, b, c)}. */
public final class TupleNode extends MViewExpressionNode {

    @Children private final MViewExpressionNode[] items;

    public TupleNode(MViewExpressionNode[] items) {
        this.items = items;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] values = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = items[i].execute(frame);
        }
        return new PTuple(values);
    }
}
