package org.mview.language.objects.str;

import org.mview.language.objects.bytes.BytesMethods;
import org.mview.language.runtime.PyArith;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.runtime.Arguments;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PyOps;
import org.mview.language.runtime.PyRepr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code str} type's builtins: its constructor ({@code str(x)}, {@code str(b, encoding)}). */
public final class StrBuiltins {

    private StrBuiltins() {
    }

    @Builtin(name = "str", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("str", args, kw, new String[]{"object", "encoding", "errors"}, 0, 0);
            if (a[0] == null) {
                return "";
            }
            if (a[1] != null || a[2] != null) {
                byte[] b = PyArith.bufferBytes(a[0]);
                if (b == null) {
                    throw PythonError.raise(PythonErrorType.TypeError, "decoding to str: need a bytes-like object, " + PyObjects.typeName(a[0]) + " found");
                }
                return BytesMethods.decode(b, a[1] == null ? "utf-8" : a[1]);
            }
            return PyRepr.str(a[0]);
        }
    }
}
