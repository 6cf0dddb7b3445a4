package org.mview.language.memoryview;

import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.runtime.Arguments;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code memoryview} type's constructor. Its methods and attributes are declared once in
 * {@link MemoryViewMember} and called through {@link CallMethodNode}.
 */
public final class MemoryViewBuiltins {

    private MemoryViewBuiltins() {
    }

    @Builtin(name = "memoryview", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("memoryview", args, kw, new String[]{"object"}, 1, 0);
            return ViewFactory.fromObject(a[0]);
        }
    }
}
