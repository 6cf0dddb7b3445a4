package org.mview.language.objects.exception;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.objects.tuple.PTuple;
import org.mview.language.objects.type.PType;
import org.mview.language.runtime.PyRepr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The builtins every exception class shares: its constructor ({@code self} is the class). */
public final class ExceptionBuiltins {

    private ExceptionBuiltins() {
    }

    @Builtin(name = "BaseException", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            PythonErrorType type = ((PType) self).errorType();
            if (kw.length > 0) {
                throw PythonError.raise(PythonErrorType.TypeError, type.name() + "() takes no keyword arguments");
            }
            String msg = args.length == 0 ? "" : args.length == 1 ? PyRepr.str(args[0]) : PyRepr.repr(new PTuple(args));
            return PythonError.raise(type, msg);
        }
    }
}
