package org.mview.language.nodes.expr;

import java.math.BigInteger;

import org.mview.language.runtime.PyArith;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a * b}: long (overflowing to BigInteger), double, then Python's generic rules (sequence repetition). */
public abstract class MulNode extends BinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected static long doLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    @Specialization(replaces = "doLong")
    protected static Object doLongOverflow(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return big(a, b);
    }

    @TruffleBoundary
    private static Object big(long a, long b) {
        return PyObjects.normalize(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
    }

    @Specialization
    protected static double doDouble(double a, double b) {
        return a * b;
    }

    @Fallback
    protected static Object doGeneric(Object a, Object b) {
        return PyArith.binary(PyArith.Op.MUL, a, b);
    }
}
