package org.mview.language.objects.floats;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.runtime.Arguments;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PyOps;
import org.mview.language.runtime.PyRepr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code float} type's builtins: its constructor. */
public final class FloatBuiltins {

    private FloatBuiltins() {
    }

    @Builtin(name = "float", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("float", args, kw, new String[]{"x"}, 0, 1);
            return a[0] == null ? 0.0 : toFloat(a[0]);
        }
    }

    @TruffleBoundary
    static double toFloat(Object x) {
        if (x instanceof String s) {
            String t = s.strip().toLowerCase();
            String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
            boolean neg = t.startsWith("-");
            if (u.equals("inf") || u.equals("infinity")) {
                return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            } else if (u.equals("nan")) {
                return Double.NaN;
            }
            if (t.matches("[+-]?((\\d(_?\\d)*)(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)(e[+-]?\\d(_?\\d)*)?")) {
                return Double.parseDouble(t.replace("_", ""));
            }
            throw PythonError.raise(PythonErrorType.ValueError, "could not convert string to float: " + PyRepr.repr(s));
        }
        if (x instanceof Double d) {
            return d;
        }
        if (PyObjects.isNumber(x)) {
            return PyObjects.asDouble(x);
        }
        throw PythonError.raise(PythonErrorType.TypeError, "float() argument must be a string or a real number, not '" + PyObjects.typeName(x) + "'");
    }

}
