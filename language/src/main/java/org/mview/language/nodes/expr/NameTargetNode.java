package org.mview.language.nodes.expr;

import org.mview.language.MViewContext;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code NAME = value} / {@code del NAME} at module level. */
public final class NameTargetNode extends TargetNode {

    private final String name;

    public NameTargetNode(String name) {
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        MViewContext.get(this).getGlobals().assign(name, value);
    }

    @Override
    public void delete(VirtualFrame frame) {
        remove(MViewContext.get(this), name);
    }

    @TruffleBoundary
    private static void remove(MViewContext context, String name) {
        if (!context.getGlobals().remove(name)) {
            throw PythonError.raise(PythonErrorType.NameError, "name '" + name + "' is not defined");
        }
    }
}
