package org.mview.language.nodes.expr;

import java.math.BigInteger;

import org.mview.language.runtime.PyArith;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a + b}: long (overflowing to BigInteger), double, then Python's generic rules. */
public abstract class AddNode extends BinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected static long doLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization(replaces = "doLong")
    protected static Object doLongOverflow(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return big(a, b);
        }
        return r;
    }

    @TruffleBoundary
    private static Object big(long a, long b) {
        return PyObjects.normalize(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
    }

    @Specialization
    protected static double doDouble(double a, double b) {
        return a + b;
    }

    @Fallback
    protected static Object doGeneric(Object a, Object b) {
        return PyArith.binary(PyArith.Op.ADD, a, b);
    }
}
