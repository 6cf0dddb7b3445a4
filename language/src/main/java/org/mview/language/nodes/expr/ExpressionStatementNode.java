package org.mview.language.nodes.expr;

import org.mview.language.runtime.PNone;

import com.oracle.truffle.api.frame.VirtualFrame;

/** An expression used as a statement; its value becomes the source's result (frame slot 0 of the module). */
public final class ExpressionStatementNode extends MViewExpressionNode {

    @Child private MViewExpressionNode expression;

    public ExpressionStatementNode(MViewExpressionNode expression) {
        this.expression = expression;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = expression.execute(frame);
        frame.setObject(ModuleRootNode.RESULT_SLOT, value);
        return PNone.INSTANCE;
    }
}
