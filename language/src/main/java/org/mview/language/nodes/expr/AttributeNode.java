package org.mview.language.nodes.expr;

import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code obj.name}. */
public final class AttributeNode extends MViewExpressionNode {

    @Child private MViewExpressionNode object;
    private final String name;

    public AttributeNode(MViewExpressionNode object, String name) {
        this.object = object;
        this.name = name;
    }

    public MViewExpressionNode object() {
        return object;
    }

    public String name() {
        return name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return PyOps.getAttribute(object.execute(frame), name);
    }
}
