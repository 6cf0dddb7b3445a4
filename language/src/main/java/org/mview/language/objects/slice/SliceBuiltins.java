package org.mview.language.objects.slice;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.objects.none.PNone;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code slice} type's builtins: its constructor. */
public final class SliceBuiltins {

    private SliceBuiltins() {
    }

    @Builtin(name = "slice", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            if (kw.length > 0) {
                throw PythonError.raise(PythonErrorType.TypeError, "slice() takes no keyword arguments");
            }
            if (args.length == 0 || args.length > 3) {
                throw PythonError.raise(PythonErrorType.TypeError, args.length == 0 ? "slice expected at least 1 argument, got 0" : "slice expected at most 3 arguments, got " + args.length);
            }
            if (args.length == 1) {
                return new PSlice(PNone.INSTANCE, args[0], PNone.INSTANCE);
            }
            return new PSlice(args[0], args[1], args.length == 3 ? args[2] : PNone.INSTANCE);
        }
    }
}
