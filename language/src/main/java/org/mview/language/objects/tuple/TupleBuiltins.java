package org.mview.language.objects.tuple;

import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.runtime.Arguments;
import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code tuple} type's builtins: its constructor. */
public final class TupleBuiltins {

    private TupleBuiltins() {
    }

    @Builtin(name = "tuple", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("tuple", args, kw, new String[]{"iterable"}, 0, 1);
            return a[0] == null ? PTuple.EMPTY : a[0] instanceof PTuple ? a[0] : new PTuple(PyOps.toList(a[0]).toArray());
        }
    }
}
