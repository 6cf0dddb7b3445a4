package org.mview.language.objects.list;

import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.objects.none.PNone;
import org.mview.language.runtime.Arguments;
import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code list} type's builtins: its constructor and {@code append}. */
public final class ListBuiltins {

    private ListBuiltins() {
    }

    @Builtin(name = "list", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("list", args, kw, new String[]{"iterable"}, 0, 1);
            return a[0] == null ? new PList() : new PList(PyOps.toList(a[0]));
        }
    }

    @Builtin(name = "append")
    static final class AppendNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("append", args, kw, new String[]{"object"}, 1, 1);
            ((PList) self).add(a[0]);
            return PNone.INSTANCE;
        }
    }
}
