package org.mview.language.runtime;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.objects.slice.SliceIndices;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** What the sequence types share for subscripts: index normalization, slicing, CPython's index errors. */
public final class Sequences {

    private Sequences() {
    }

    /** {@code key} as an index into a sequence of {@code len} items, negative from the end; IndexError {@code outOfRange}. */
    public static long index(Object key, long len, String outOfRange) {
        long i = PyObjects.asSsize(key, PythonErrorType.IndexError);
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw PythonError.raise(PythonErrorType.IndexError, outOfRange);
        }
        return i;
    }

    /** {@code <prefix> indices must be integers or slices, not <type>}. */
    @TruffleBoundary
    public static PythonError badIndex(String prefix, Object key) {
        return PythonError.raise(PythonErrorType.TypeError, prefix + " indices must be integers or slices, not " + PyObjects.typeName(key));
    }

    /** The items of {@code items} that {@code s} selects, in a new array. */
    public static Object[] slice(Object[] items, PSlice s) {
        SliceIndices si = SliceIndices.of(s, items.length);
        Object[] out = new Object[(int) si.length()];
        for (long k = 0, i = si.start(); k < si.length(); k++, i += si.step()) {
            out[(int) k] = items[(int) i];
        }
        return out;
    }

    /** Whether index {@code i} is one that {@code si} selects. */
    public static boolean inSlice(SliceIndices si, long i) {
        if (si.length() == 0) {
            return false;
        }
        long d = i - si.start();
        if (d % si.step() != 0) {
            return false;
        }
        long k = d / si.step();
        return k >= 0 && k < si.length();
    }

    /** {@code items} repeated {@code times} times, in a new array. */
    public static Object[] repeat(Object[] items, int times) {
        Object[] out = new Object[items.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(items, 0, out, i * items.length, items.length);
        }
        return out;
    }

    /** {@code bytes} repeated {@code times} times, in a new array. */
    public static byte[] repeat(byte[] bytes, int times) {
        byte[] out = new byte[bytes.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(bytes, 0, out, i * bytes.length, bytes.length);
        }
        return out;
    }

    /** {@code c} (a comparison's sign) as the result of {@code op}. */
    public static boolean ordered(String op, int c) {
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    /** The operator with its operands swapped ({@code a < b} is {@code b > a}). */
    public static String reflected(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            default -> "<=";
        };
    }

    /** Lexicographic list/tuple ordering: the first unequal items decide, else the lengths. */
    public static boolean order(String op, Object[] x, Object[] y) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!PyOps.equal(x[i], y[i])) {
                return PyOps.order(op, x[i], y[i]);
            }
        }
        return ordered(op, Integer.compare(x.length, y.length));
    }

    /** CPython's tuple hash (xxHash-based), over the items' hashes. */
    public static long hashTuple(Object[] items) {
        long acc = 2870177450012600261L;
        for (Object item : items) {
            long lane = PyOps.hash(item);
            acc += lane * 0xC2B2AE3D27D4EB4FL;
            acc = Long.rotateLeft(acc, 31);
            acc *= 0x9E3779B185EBCA87L;
        }
        acc += items.length ^ (2870177450012600261L ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** {@code unhashable type: '<type>'}. */
    @TruffleBoundary
    public static PythonError unhashable(Object obj) {
        return PythonError.raise(PythonErrorType.TypeError, "unhashable type: '" + PyObjects.typeName(obj) + "'");
    }
}
