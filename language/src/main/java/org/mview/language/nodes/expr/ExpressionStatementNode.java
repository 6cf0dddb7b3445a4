package org.mview.language.nodes.expr;

import org.mview.language.MViewContext;
import org.mview.language.runtime.PNone;
import org.mview.language.runtime.PyRepr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * An expression used as a statement; its value becomes the source's result (frame slot 0 of the
 * module). In an interactive source (the REPL) every value that is not None is also printed as its
 * repr, as Python's interactive mode does, including inside {@code with} and {@code try} blocks.
 */
public final class ExpressionStatementNode extends MViewExpressionNode {

    @Child private MViewExpressionNode expression;
    private final boolean interactive;

    public ExpressionStatementNode(MViewExpressionNode expression, boolean interactive) {
        this.expression = expression;
        this.interactive = interactive;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = expression.execute(frame);
        frame.setObject(ModuleRootNode.RESULT_SLOT, value);
        if (interactive && value != PNone.INSTANCE) {
            display(MViewContext.get(this), value);
        }
        return PNone.INSTANCE;
    }

    @TruffleBoundary
    private static void display(MViewContext context, Object value) {
        context.getOut().println(PyRepr.repr(value));
        context.getOut().flush();
    }
}
