package org.mview.language.runtime;

import org.mview.language.Messages;
import java.math.BigInteger;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mview.language.objects.bytes.PByteArray;
import org.mview.language.objects.bytes.PBytes;
import org.mview.language.objects.ellipsis.PEllipsis;
import org.mview.language.objects.list.PList;
import org.mview.language.objects.none.PNone;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.objects.tuple.PTuple;

/**
 * Conversions between Python values as mview represents them: {@code int} is {@link Long} (or
 * {@link BigInteger} beyond 64 bits), {@code bool} is {@link Boolean}, {@code float} is {@link Double},
 * {@code str} is {@link String}; the containers are the {@code P*} classes of this package.
 */
public final class PyObjects {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PyObjects() {
    }

    /** {@code type(value).__name__}. */
    @TruffleBoundary
    public static String typeName(Object value) {
        if (value instanceof Boolean) {
            return "bool";
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
            return "int";
        } else if (value instanceof Double || value instanceof Float) {
            return "float";
        } else if (value instanceof String || value instanceof Character) {
            return "str";
        } else if (value instanceof PythonTyped typed) {
            return typed.pythonTypeName();
        } else if (value instanceof PNone) {
            return "NoneType";
        }
        return "foreign";
    }

    /** Whether {@code value} has {@code __index__}: Python ints and bools. */
    public static boolean isIndex(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Boolean || value instanceof BigInteger || value instanceof Short || value instanceof Byte;
    }

    /** {@code operator.index(value)}: a {@link Long} or a {@link BigInteger}. */
    public static Object index(Object value) {
        if (value instanceof Long) {
            return value;
        } else if (value instanceof Integer i) {
            return (long) i;
        } else if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (value instanceof BigInteger) {
            return value;
        } else if (value instanceof Short s) {
            return (long) s;
        } else if (value instanceof Byte b) {
            return (long) b;
        }
        throw notAnInteger(value);
    }

    /**
     * {@code PyNumber_AsSsize_t(value, overflowType)}: an int that fits 64 bits; a larger one raises
     * {@code overflowType} ({@link Messages#INDEX_SIZED}).
     */
    public static long asSsize(Object value, PythonErrorType overflowType) {
        Object index = index(value);
        if (index instanceof Long l) {
            return l;
        }
        throw cannotFit(overflowType);
    }

    /** Like {@link #asSsize} but clamps big ints to the 64-bit range, as slice bounds do. */
    public static long asClampedSsize(Object value) {
        Object index = index(value);
        if (index instanceof Long l) {
            return l;
        }
        return ((BigInteger) index).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** A Python int as a {@link BigInteger}. */
    @TruffleBoundary
    public static BigInteger toBigInteger(Object index) {
        return index instanceof BigInteger b ? b : BigInteger.valueOf((Long) index);
    }

    /** Normalises a {@link BigInteger} result: a {@link Long} when it fits. */
    @TruffleBoundary
    public static Object normalize(BigInteger value) {
        if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return value.longValue();
        }
        return value;
    }

    /** An unsigned 64-bit value as a Python int. */
    public static Object fromUnsigned(long bits) {
        if (bits >= 0) {
            return bits;
        }
        return unsignedBig(bits);
    }

    @TruffleBoundary
    private static Object unsignedBig(long bits) {
        return new BigInteger(Long.toUnsignedString(bits));
    }

    /** Whether {@code value} is a Python float or int (what {@code float(x)} accepts without a str). */
    public static boolean isNumber(Object value) {
        return value instanceof Double || value instanceof Float || isIndex(value);
    }

    /** {@code PyFloat_AsDouble}: floats, ints and bools; a TypeError otherwise. */
    public static double asDouble(Object value) {
        if (value instanceof Double d) {
            return d;
        } else if (value instanceof Float f) {
            return f;
        } else if (value instanceof Long l) {
            return l;
        } else if (value instanceof Integer i) {
            return i;
        } else if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (value instanceof BigInteger b) {
            return bigToDouble(b);
        }
        throw mustBeRealNumber(value);
    }

    @TruffleBoundary
    private static double bigToDouble(BigInteger b) {
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw PythonError.raise(PythonErrorType.OverflowError, "int too large to convert to float");
        }
        return d;
    }

    /** {@code bool(value)} for the values whose truth needs no user code. */
    @TruffleBoundary
    public static boolean isTrue(Object value) {
        if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof Long l) {
            return l != 0;
        } else if (value instanceof Integer i) {
            return i != 0;
        } else if (value instanceof Double d) {
            return d != 0.0;
        } else if (value instanceof BigInteger b) {
            return b.signum() != 0;
        } else if (value instanceof String s) {
            return !s.isEmpty();
        } else if (value instanceof PNone) {
            return false;
        } else if (value instanceof Sized sized) {
            return sized.pythonLength() != 0;
        }
        return true;
    }

    @TruffleBoundary
    public static PythonError notAnInteger(Object value) {
        return PythonError.raise(PythonErrorType.TypeError, "'" + typeName(value) + "' object cannot be interpreted as an integer");
    }

    @TruffleBoundary
    public static PythonError cannotFit(PythonErrorType type) {
        return PythonError.raise(type, Messages.INDEX_SIZED);
    }

    @TruffleBoundary
    public static PythonError mustBeRealNumber(Object value) {
        return PythonError.raise(PythonErrorType.TypeError, "must be real number, not " + typeName(value));
    }

    /**
     * The items of a list or tuple, or of a foreign array (a JS array, a Java {@code List}), which
     * stand in for Python sequences when other languages pass shapes and similar arguments; null for
     * anything else.
     */
    @TruffleBoundary
    public static Object[] sequenceItems(Object value) {
        if (value instanceof PySequence seq) {
            return seq.sequenceItems();
        }
        com.oracle.truffle.api.interop.InteropLibrary lib = com.oracle.truffle.api.interop.InteropLibrary.getUncached(value);
        if (value instanceof String || !lib.hasArrayElements(value) || lib.hasBufferElements(value)) {
            return null;
        }
        try {
            long size = lib.getArraySize(value);
            Object[] items = new Object[(int) Math.min(size, Integer.MAX_VALUE)];
            for (int i = 0; i < items.length; i++) {
                items[i] = ForeignValues.toPython(lib.readArrayElement(value, i));
            }
            return items;
        } catch (com.oracle.truffle.api.interop.InteropException e) {
            return null;
        }
    }
}
