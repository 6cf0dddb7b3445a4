package org.mview.language.nodes.expr;

import org.mview.language.MViewContext;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.nodes.interop.ToPythonNode;
import org.mview.language.nodes.interop.ToPythonNodeGen;
import org.mview.language.runtime.GlobalCell;
import org.mview.language.runtime.GlobalScope;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Reads a module-level name (assigned, builtin, or bound by the embedder). The site caches the
 * cell of its name for the first scope it runs in, so a compiled read is a field load; a site shared
 * by another context's scope (the AST is shared across contexts) looks the name up every time.
 */
public final class GlobalReadNode extends MViewExpressionNode {

    private final String name;
    @CompilerDirectives.CompilationFinal private GlobalScope cachedScope;
    @CompilerDirectives.CompilationFinal private GlobalCell cachedCell;
    @CompilerDirectives.CompilationFinal private boolean shared;
    @Child private ToPythonNode toPython = ToPythonNodeGen.create();

    public GlobalReadNode(String name) {
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        GlobalScope scope = MViewContext.get(this).getGlobals();
        Object value;
        if (!shared && scope == cachedScope) {
            value = cachedCell.value();
        } else {
            value = lookup(scope);
        }
        if (value == null) {
            throw notDefined(name);
        }
        return toPython.execute(value);
    }

    private Object lookup(GlobalScope scope) {
        if (!shared) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            if (cachedScope == null) {
                cachedCell = scope.cell(name);
                cachedScope = scope;
                return cachedCell.value();
            }
            shared = true;
        }
        return scope.lookup(name);
    }

    @TruffleBoundary
    private static PythonError notDefined(String name) {
        return PythonError.raise(PythonErrorType.NameError, "name '" + name + "' is not defined");
    }
}
