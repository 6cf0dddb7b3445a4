package org.mview.language.objects.ints;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.runtime.Arguments;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PyOps;
import org.mview.language.runtime.PyRepr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code bool} type's builtins: its constructor. */
public final class BoolBuiltins {

    private BoolBuiltins() {
    }

    @Builtin(name = "bool", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("bool", args, kw, new String[]{"x"}, 0, 1);
            return a[0] != null && PyOps.isTrue(a[0]);
        }
    }
}
