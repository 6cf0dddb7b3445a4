package org.mview.language.nodes.expr;

import org.mview.language.objects.tuple.PTuple;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code (a, b, c)}. */
public final class TupleNode extends MViewExpressionNode {

    @Children private final MViewExpressionNode[] items;

    public TupleNode(MViewExpressionNode[] items) {
        this.items = items;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] values = executeAll(frame, items);
        return new PTuple(values);
    }
}
