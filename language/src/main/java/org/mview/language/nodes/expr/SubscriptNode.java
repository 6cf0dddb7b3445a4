package org.mview.language.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code obj[key]}, where key may be an int, a slice, a tuple or {@code ...}. */
public final class SubscriptNode extends MViewExpressionNode {

    @Child private MViewExpressionNode object;
    @Child private MViewExpressionNode key;
    @Child private GetItemNode getItem = GetItemNode.create();

    public SubscriptNode(MViewExpressionNode object, MViewExpressionNode key) {
        this.object = object;
        this.key = key;
    }

    public MViewExpressionNode object() {
        return object;
    }

    public MViewExpressionNode key() {
        return key;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object o = object.execute(frame);
        Object k = key.execute(frame);
        return getItem.execute(o, k);
    }
}
