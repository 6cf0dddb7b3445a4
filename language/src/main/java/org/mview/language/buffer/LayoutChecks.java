package org.mview.language.buffer;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;

/**
 * The checks a {@code Py_buffer} from guest code must pass before it becomes a {@link BufferDescriptor}:
 * sizes that cannot overflow and layouts that lie inside their memory. CPython trusts its C callers
 * here; mview refuses with a {@code ValueError} instead of reading outside the memory.
 */
public final class LayoutChecks {

    private LayoutChecks() {
    }

    public static boolean allNegative(long[] suboffsets) {
        for (long s : suboffsets) {
            if (s >= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code product(shape) * itemsize} step; an overflow is a Python error, never an ArithmeticException. */
    public static long multiplyShape(long a, long b) {
        long r = a * b;
        long ax = Math.abs(a);
        long bx = Math.abs(b);
        if (((ax | bx) >>> 31 != 0) && ((b != 0 && r / b != a) || (a == Long.MIN_VALUE && b == -1))) {
            throw PythonError.raise(PythonErrorType.OverflowError, "Py_buffer: product(shape) * itemsize does not fit in Py_ssize_t");
        }
        return r;
    }

    /** Every element of a strided layout lies inside the memory (numpy's extent check). */
    public static void checkExtent(long offset, int itemsize, long[] shape, long[] strides, long size) {
        try {
            checkExtentExact(offset, itemsize, shape, strides, size);
        } catch (ArithmeticException e) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: the layout reaches beyond the address space, outside the " + size + " bytes of buf");
        }
    }

    private static void checkExtentExact(long offset, int itemsize, long[] shape, long[] strides, long size) {
        long low = offset;
        long high = Math.addExact(offset, itemsize);
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 0) {
                return;
            }
            long span = Math.multiplyExact(shape[d] - 1, strides[d]);
            if (span < 0) {
                low = Math.addExact(low, span);
            } else {
                high = Math.addExact(high, span);
            }
        }
        if (low < 0 || high > size) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: the layout reaches bytes " + low + " to " + high + ", outside the " + size + " bytes of buf");
        }
    }
}
