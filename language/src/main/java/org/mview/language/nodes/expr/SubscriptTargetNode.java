package org.mview.language.nodes.expr;

import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code obj[key] = value} / {@code del obj[key]}. */
public final class SubscriptTargetNode extends TargetNode {

    @Child private MViewExpressionNode object;
    @Child private MViewExpressionNode key;
    @Child private SetItemNode setItem = SetItemNode.create();

    public SubscriptTargetNode(MViewExpressionNode object, MViewExpressionNode key) {
        this.object = object;
        this.key = key;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        Object o = object.execute(frame);
        Object k = key.execute(frame);
        setItem.execute(o, k, value);
    }

    @Override
    public void delete(VirtualFrame frame) {
        Object o = object.execute(frame);
        Object k = key.execute(frame);
        PyOps.delItem(o, k);
    }
}
