package org.mview.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.objects.ints.PBigInt;
import org.mview.language.objects.list.PList;
import org.mview.language.objects.none.PNone;
import org.mview.language.objects.tuple.PTuple;

/**
 * Turns values that arrive from other languages into Python values: numbers become {@link Long} or
 * {@link Double}, strings {@link String}, null {@link PNone}. Other objects stay as they are
 * (buffers and arrays are used through interop where they are consumed).
 */
public final class ForeignValues {

    private ForeignValues() {
    }

    /**
     * An item of a view as it leaves the language: an int of a format whose every item fits a Java
     * {@code int} (b B h H i) as an {@link Integer}, so that one view's items always have one type,
     * and JS keeps arithmetic on them in ints (a {@link Long} it turns into a double on every read,
     * and a sum of doubles waits on the latency of each addition). Anything else as {@link #toInterop(Object)}.
     */
    public static Object itemToInterop(Object item, BufferFormat format) {
        if (format.hasIntItems() && item instanceof Long l) {
            return (int) (long) l;
        }
        return toInterop(item);
    }

    /** A Python value as it leaves the language: big ints become interop numbers ({@link PBigInt}). */
    public static Object toInterop(Object value) {
        if (value instanceof java.math.BigInteger big) {
            return new PBigInt(big);
        }
        return value;
    }

    /** {@link #toPython} with the common primitives handled inline, for fast paths. */
    public static Object toPythonFast(Object value) {
        if (value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return value;
        } else if (value instanceof Integer i) {
            return (long) i;
        } else if (value instanceof PythonTyped || value instanceof String) {
            return value; // mview's own values pass through unchanged
        }
        return toPython(value);
    }

    @TruffleBoundary
    public static Object toPython(Object value) {
        if (value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof String) {
            return value;
        } else if (value instanceof Integer i) {
            return (long) i;
        } else if (value instanceof Short s) {
            return (long) s;
        } else if (value instanceof Byte b) {
            return (long) b;
        } else if (value instanceof Float f) {
            return (double) f;
        } else if (value instanceof Character c) {
            return String.valueOf(c);
        } else if (value instanceof PBigInt big) {
            return big.value();
        }
        InteropLibrary lib = InteropLibrary.getUncached(value);
        try {
            if (lib.isNull(value)) {
                return PNone.INSTANCE;
            } else if (lib.isBoolean(value)) {
                return lib.asBoolean(value);
            } else if (lib.fitsInLong(value)) {
                return lib.asLong(value);
            } else if (lib.fitsInBigInteger(value)) {
                // Java doubles arrive as primitives above; a number object that is integral is an int.
                return PyObjects.normalize(lib.asBigInteger(value));
            } else if (lib.fitsInDouble(value)) {
                return lib.asDouble(value);
            } else if (lib.isString(value)) {
                return lib.asString(value);
            }
        } catch (UnsupportedMessageException e) {
            throw new IllegalStateException(e);
        }
        return value;
    }

    /** {@link #toPython} of each argument, in a new array. */
    public static Object[] toPythonAll(Object[] values) {
        Object[] converted = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            converted[i] = toPython(values[i]);
        }
        return converted;
    }
}
