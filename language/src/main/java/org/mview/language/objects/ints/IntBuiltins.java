package org.mview.language.objects.ints;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.mview.language.objects.bytes.PByteArray;
import org.mview.language.objects.bytes.PBytes;
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

/** The {@code int} type's builtins: its constructor ({@code int(x)}, {@code int(s, base)}). */
public final class IntBuiltins {

    private IntBuiltins() {
    }

    @Builtin(name = "int", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            return newInt(args, kw);
        }
    }

    @TruffleBoundary
    static Object newInt(Object[] args, String[] kw) {
        Object[] a = Arguments.bind("int", args, kw, new String[]{"x", "base"}, 0, 1);
        if (a[0] == null) {
            if (a[1] != null) {
                throw PythonError.raise(PythonErrorType.TypeError, "int() missing string argument");
            }
            return 0L;
        }
        Object x = a[0];
        if (a[1] != null) {
            if (!(x instanceof String || x instanceof PBytes || x instanceof PByteArray)) {
                throw PythonError.raise(PythonErrorType.TypeError, "int() can't convert non-string with explicit base");
            }
            return parseInt(x, PyObjects.asSsize(a[1], PythonErrorType.OverflowError));
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (PyObjects.isIndex(x)) {
            return PyObjects.index(x);
        } else if (x instanceof Double d) {
            if (d.isNaN()) {
                throw PythonError.raise(PythonErrorType.ValueError, "cannot convert float NaN to integer");
            } else if (d.isInfinite()) {
                throw PythonError.raise(PythonErrorType.OverflowError, "cannot convert float infinity to integer");
            }
            return PyObjects.normalize(new BigDecimal(d).toBigInteger());
        } else if (x instanceof String || x instanceof PBytes || x instanceof PByteArray) {
            return parseInt(x, 10);
        }
        throw PythonError.raise(PythonErrorType.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" + PyObjects.typeName(x) + "'");
    }

    private static Object parseInt(Object x, long base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PythonError.raise(PythonErrorType.ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        String s = x instanceof String str ? str : new String(PyArith.bufferBytes(x), java.nio.charset.StandardCharsets.ISO_8859_1);
        PythonError bad = PythonError.raise(PythonErrorType.ValueError, "invalid literal for int() with base " + base + ": " + PyRepr.repr(x instanceof String ? s : x));
        String t = s.strip();
        boolean negative = false;
        if (t.startsWith("+") || t.startsWith("-")) {
            negative = t.startsWith("-");
            t = t.substring(1);
        }
        int radix = (int) base;
        String lower = t.toLowerCase();
        if ((radix == 0 || radix == 16) && lower.startsWith("0x")) {
            radix = 16;
            t = t.substring(2);
        } else if ((radix == 0 || radix == 8) && lower.startsWith("0o")) {
            radix = 8;
            t = t.substring(2);
        } else if ((radix == 0 || radix == 2) && lower.startsWith("0b")) {
            radix = 2;
            t = t.substring(2);
        } else if (radix == 0) {
            radix = 10;
            if (t.length() > 1 && t.chars().allMatch(c -> c == '0' || c == '_') == false && t.startsWith("0")) {
                throw bad;
            }
        } else {
            if (t.startsWith("_")) {
                throw bad;
            }
        }
        if (t.isEmpty() || t.endsWith("_") || t.contains("__")) {
            throw bad;
        }
        t = t.replace("_", "");
        if (t.isEmpty()) {
            throw bad;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.digit(t.charAt(i), radix) < 0) {
                throw bad;
            }
        }
        BigInteger v = new BigInteger(t, radix);
        return PyObjects.normalize(negative ? v.negate() : v);
    }

}
