package org.mview.language.runtime;

import java.util.Iterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code sum(iterable, start)} as CPython 3.12+ computes it: exact 64-bit integer addition while the
 * items are small ints, then, once the running sum is a float, Neumaier's compensated summation for
 * float items (so {@code sum} of floats is not a left-to-right {@code +}), and plain {@code +} for
 * everything else.
 */
public final class PySum {

    private PySum() {
    }

    @TruffleBoundary
    public static Object sum(Object start, Iterator<Object> items) {
        Object result = start;
        if (result instanceof Long initial) {
            long total = initial;
            result = null;
            while (result == null) {
                if (!items.hasNext()) {
                    return total;
                }
                Object item = items.next();
                if (item instanceof Long || item instanceof Boolean) {
                    long b = (Long) PyObjects.index(item);
                    long r = total + b;
                    if (((total ^ r) & (b ^ r)) >= 0) { // no overflow
                        total = r;
                        continue;
                    }
                }
                result = PyArith.binary(PyArith.Op.ADD, total, item);
            }
        }
        if (result instanceof Double initial) {
            double total = initial;
            double compensation = 0.0;
            result = null;
            while (result == null) {
                if (!items.hasNext()) {
                    return finish(total, compensation);
                }
                Object item = items.next();
                if (item instanceof Double x) {
                    double t = total + x;
                    if (Math.abs(total) >= Math.abs(x)) {
                        compensation += (total - t) + x;
                    } else {
                        compensation += (x - t) + total;
                    }
                    total = t;
                    continue;
                }
                if (item instanceof Long || item instanceof Boolean) {
                    total += (double) (Long) PyObjects.index(item);
                    continue;
                }
                result = PyArith.binary(PyArith.Op.ADD, finish(total, compensation), item);
            }
        }
        while (items.hasNext()) {
            result = PyArith.binary(PyArith.Op.ADD, result, items.next());
        }
        return result;
    }

    /** The compensation is added only when it is finite and non-zero: an infinite sum stays infinite, -0.0 keeps its sign. */
    private static double finish(double total, double compensation) {
        return compensation != 0.0 && Double.isFinite(compensation) ? total + compensation : total;
    }
}
