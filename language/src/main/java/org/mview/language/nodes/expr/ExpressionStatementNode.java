package org.mview.language.nodes.expr;

import org.mview.language.MViewContext;
import org.mview.language.objects.none.PNone;
import org.mview.language.runtime.PyRepr;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * An expression used as a statement. When it is the last statement of a source its value becomes the
 * source's result (frame slot 0 of the module); any other expression statement drops its value, as
 * Python does, so that a temporary view does not stay alive (and lock its bytearray) while the
 * statements after it run. In an interactive source (the REPL) every value that is not None is also printed as its
 * repr, as Python's interactive mode does, including inside {@code with} and {@code try} blocks.
 */
public final class ExpressionStatementNode extends MViewExpressionNode {

    @Child private MViewExpressionNode expression;
    private final boolean interactive;
    @CompilationFinal private boolean result;

    public ExpressionStatementNode(MViewExpressionNode expression, boolean interactive) {
        this.expression = expression;
        this.interactive = interactive;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = expression.execute(frame);
        if (result) {
            frame.setObject(ModuleRootNode.RESULT_SLOT, value);
        }
        if (interactive && value != PNone.INSTANCE) {
            display(MViewContext.get(this), value);
        }
        return PNone.INSTANCE;
    }

    /** Makes this statement's value the value of its source (the parser calls it for the last statement). */
    public void keepAsResult() {
        this.result = true;
    }

    @TruffleBoundary
    private static void display(MViewContext context, Object value) {
        context.getOut().println(PyRepr.repr(value));
        context.getOut().flush();
    }
}
