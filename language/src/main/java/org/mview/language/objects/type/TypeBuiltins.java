package org.mview.language.objects.type;

import org.mview.language.MViewContext;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code type} type's builtins: its constructor {@code type(x)}. */
public final class TypeBuiltins {

    private TypeBuiltins() {
    }

    @Builtin(name = "type", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            if (args.length != 1 || kw.length > 0) {
                throw PythonError.raise(PythonErrorType.TypeError, "type() takes 1 or 3 arguments");
            }
            return typeOf(args[0]);
        }
    }

    /** {@code type(value)}: the context's type object of the value's type. */
    @TruffleBoundary
    public static PType typeOf(Object value) {
        return MViewContext.get(null).getTypes().get(PyObjects.typeName(value));
    }
}
