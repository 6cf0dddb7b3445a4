package org.mview.language.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/** The base of mview's AST: every statement and expression evaluates to a Python value. */
public abstract class MViewExpressionNode extends Node {

    private int sourceStart = -1;
    private int sourceLength;

    public abstract Object execute(VirtualFrame frame);

    /** Evaluates {@code nodes} left to right (a node's {@code @Children} array, so the loop unrolls). */
    @ExplodeLoop
    protected static Object[] executeAll(VirtualFrame frame, MViewExpressionNode[] nodes) {
        Object[] values = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            values[i] = nodes[i].execute(frame);
        }
        return values;
    }

    /** Records the characters of the source this node was parsed from. */
    public final <T extends MViewExpressionNode> T at(int start, int end) {
        this.sourceStart = start;
        this.sourceLength = Math.max(0, end - start);
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    @Override
    public SourceSection getSourceSection() {
        RootNode root = getRootNode();
        if (sourceStart < 0 || root == null || root.getSourceSection() == null) {
            return null;
        }
        return root.getSourceSection().getSource().createSection(sourceStart, sourceLength);
    }
}
