package org.mview.language.objects.range;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code range} type's builtins: its constructor. */
public final class RangeBuiltins {

    private RangeBuiltins() {
    }

    @Builtin(name = "range", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            if (kw.length > 0) {
                throw PythonError.raise(PythonErrorType.TypeError, "range() takes no keyword arguments");
            }
            if (args.length == 0 || args.length > 3) {
                throw PythonError.raise(PythonErrorType.TypeError, args.length == 0 ? "range expected at least 1 argument, got 0" : "range expected at most 3 arguments, got " + args.length);
            }
            long[] v = new long[args.length];
            for (int i = 0; i < args.length; i++) {
                if (!PyObjects.isIndex(args[i])) {
                    throw PyObjects.notAnInteger(args[i]);
                }
                v[i] = PyObjects.asSsize(args[i], PythonErrorType.OverflowError);
            }
            if (args.length == 1) {
                return new PRange(0, v[0], 1);
            }
            long step = args.length == 3 ? v[2] : 1;
            if (step == 0) {
                throw PythonError.raise(PythonErrorType.ValueError, "range() arg 3 must not be zero");
            }
            return new PRange(v[0], v[1], step);
        }
    }
}
