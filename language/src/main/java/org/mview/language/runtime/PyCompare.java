package org.mview.language.runtime;

import java.math.BigDecimal;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mview.language.objects.bytes.PByteArray;
import org.mview.language.objects.bytes.PBytes;
import org.mview.language.objects.ellipsis.PEllipsis;
import org.mview.language.objects.list.PList;
import org.mview.language.objects.none.PNone;
import org.mview.language.objects.tuple.PTuple;

/** Python {@code ==} for the built-in value types that need no user code (numbers, str, bytes, containers). */
public final class PyCompare {

    private PyCompare() {
    }

    @TruffleBoundary
    public static boolean equal(Object a, Object b) {
        if (a == b && !(a instanceof Double)) {
            return true;
        }
        if (PyObjects.isNumber(a) && PyObjects.isNumber(b)) {
            return numbersEqual(a, b);
        }
        if (a instanceof String s) {
            return b instanceof String && s.equals(b);
        }
        Boolean own = PyOps.richEquals(a, b);
        if (own != null) {
            return own;
        }
        if (a instanceof PNone || b instanceof PNone || a instanceof PythonTyped || b instanceof PythonTyped) {
            return a == b;
        }
        return a.equals(b);
    }

    /** List/tuple equality with {@code itemEqual} for the items, identity first (PyObject_RichCompareBool). */
    public static boolean sequencesEqual(Object[] x, Object[] y, java.util.function.BiPredicate<Object, Object> itemEqual) {
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i] && !itemEqual.test(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    /** Exact comparison of Python ints, bools and floats (no rounding, NaN unequal). */
    @TruffleBoundary
    public static boolean numbersEqual(Object a, Object b) {
        boolean aFloat = a instanceof Double || a instanceof Float;
        boolean bFloat = b instanceof Double || b instanceof Float;
        if (aFloat && bFloat) {
            return ((Number) a).doubleValue() == ((Number) b).doubleValue();
        }
        if (!aFloat && !bFloat) {
            Object x = PyObjects.index(a);
            Object y = PyObjects.index(b);
            if (x instanceof Long lx && y instanceof Long ly) {
                return lx.longValue() == ly.longValue();
            }
            return PyObjects.toBigInteger(x).equals(PyObjects.toBigInteger(y));
        }
        double d = ((Number) (aFloat ? a : b)).doubleValue();
        Object i = PyObjects.index(aFloat ? b : a);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return false;
        }
        if (i instanceof Long l && Math.abs(l) < (1L << 53)) {
            return d == l;
        }
        BigDecimal exact = new BigDecimal(d);
        return exact.compareTo(new BigDecimal(PyObjects.toBigInteger(i))) == 0;
    }

}
