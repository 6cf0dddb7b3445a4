package org.mview.language.nodes.expr;

import org.mview.language.MViewContext;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.runtime.ForeignValues;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Reads a module-level name (assigned, builtin, or bound by the embedder). */
public final class GlobalReadNode extends MViewExpressionNode {

    private final String name;

    public GlobalReadNode(String name) {
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return lookup(MViewContext.get(this), name);
    }

    @TruffleBoundary
    private static Object lookup(MViewContext context, String name) {
        Object value = context.getGlobals().lookup(name);
        if (value == null) {
            throw PythonError.raise(PythonErrorType.NameError, "name '" + name + "' is not defined");
        }
        return ForeignValues.toPython(value);
    }
}
