package org.mview.language.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A constant: a number, string, bytes literal, {@code True}, {@code None}, {@code ...}. */
public final class LiteralNode extends MViewExpressionNode {

    private final Object value;

    public LiteralNode(Object value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }
}
