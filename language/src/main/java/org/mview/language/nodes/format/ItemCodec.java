package org.mview.language.nodes.format;

import java.math.BigInteger;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.objects.bytes.PBytes;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Items of the native single-character formats as Python values and back, with CPython's
 * {@code unpack_single}/{@code pack_single} checks. With the format a constant (a cached
 * {@link UnpackNode}/{@link PackNode}) each switch folds to its one case.
 */
public final class ItemCodec {

    private ItemCodec() {
    }

    /** Decodes the raw bits (as read by {@code Storage.readBits}, sign-extended) to a Python value. */
    public static Object unpack(BufferFormat format, long bits) {
        return switch (format) {
            case CHAR -> PBytes.ofByte((byte) bits);
            case BYTE, SHORT, INT, LONG, LONGLONG, SSIZE -> bits;
            case UBYTE -> bits & 0xFFL;
            case USHORT -> bits & 0xFFFFL;
            case UINT -> bits & 0xFFFF_FFFFL;
            case ULONG, ULONGLONG, SIZE, POINTER -> PyObjects.fromUnsigned(bits);
            case BOOL -> (bits & 0xFF) != 0;
            case FLOAT -> (double) Float.intBitsToFloat((int) bits);
            case DOUBLE -> Double.longBitsToDouble(bits);
            case HALF -> HalfFloat.toDouble((short) bits);
            case OTHER -> throw new IllegalStateException("OTHER has no element type");
        };
    }

    /**
     * Encodes a Python value for this format, with CPython's {@code pack_single} checks: a value of the
     * wrong type raises {@code TypeError: memoryview: invalid type for format 'X'}, one out of range
     * raises {@code ValueError: memoryview: invalid value for format 'X'}.
     */
    public static long pack(BufferFormat format, Object value) {
        return pack(format, value, format.codeName());
    }

    /** {@link #pack(BufferFormat, Object)} with the errors naming the format {@code name} ({@code '<h'}). */
    public static long pack(BufferFormat format, Object value, String name) {
        switch (format) {
            case CHAR:
                if (!(value instanceof PBytes b)) {
                    throw invalidType(name);
                }
                if (b.length() != 1) {
                    throw invalidValue(name);
                }
                return b.byteAt(0);
            case BOOL:
                return PyObjects.isTrue(value) ? 1 : 0;
            case FLOAT:
                return Float.floatToRawIntBits((float) packDouble(name, value));
            case DOUBLE:
                return Double.doubleToRawLongBits(packDouble(name, value));
            case HALF:
                short half = HalfFloat.fromDouble(packDouble(name, value));
                if (half == HalfFloat.OVERFLOW) {
                    throw invalidValue(name);
                }
                return half;
            case BYTE:
                return packSigned(name, value, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case SHORT:
                return packSigned(name, value, Short.MIN_VALUE, Short.MAX_VALUE);
            case INT:
                return packSigned(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG, LONGLONG, SSIZE:
                return packSigned(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
            case UBYTE:
                return packUnsigned(name, value, 0xFFL);
            case USHORT:
                return packUnsigned(name, value, 0xFFFFL);
            case UINT:
                return packUnsigned(name, value, 0xFFFF_FFFFL);
            case ULONG, ULONGLONG, SIZE:
                return packUnsigned64(name, value);
            case POINTER:
                return packPointer(name, value);
            default:
                throw new IllegalStateException("OTHER has no element type");
        }
    }

    private static double packDouble(String name, Object value) {
        if (!PyObjects.isNumber(value)) {
            throw invalidType(name);
        }
        try {
            return PyObjects.asDouble(value);
        } catch (PythonError e) {
            throw invalidValue(name);
        }
    }

    private static long packSigned(String name, Object value, long min, long max) {
        if (!PyObjects.isIndex(value)) {
            throw invalidType(name);
        }
        Object index = PyObjects.index(value);
        if (index instanceof Long l && l >= min && l <= max) {
            return l;
        }
        throw invalidValue(name);
    }

    private static long packUnsigned(String name, Object value, long max) {
        if (!PyObjects.isIndex(value)) {
            throw invalidType(name);
        }
        Object index = PyObjects.index(value);
        if (index instanceof Long l && l >= 0 && l <= max) {
            return l;
        }
        throw invalidValue(name);
    }

    private static long packUnsigned64(String name, Object value) {
        if (!PyObjects.isIndex(value)) {
            throw invalidType(name);
        }
        Object index = PyObjects.index(value);
        if (index instanceof Long l) {
            if (l < 0) {
                throw invalidValue(name);
            }
            return l;
        }
        return bigToUnsigned(name, (BigInteger) index);
    }

    /** {@code PyLong_AsVoidPtr}: negative values are taken as signed, large ones as unsigned. */
    private static long packPointer(String name, Object value) {
        if (!PyObjects.isIndex(value)) {
            throw invalidType(name);
        }
        Object index = PyObjects.index(value);
        if (index instanceof Long l) {
            return l;
        }
        return bigToUnsigned(name, (BigInteger) index);
    }

    @TruffleBoundary
    private static long bigToUnsigned(String name, BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > 64) {
            throw invalidValue(name);
        }
        return value.longValue();
    }

    @TruffleBoundary
    public static PythonError invalidType(String name) {
        return PythonError.raise(PythonErrorType.TypeError, "memoryview: invalid type for format '" + name + "'");
    }

    @TruffleBoundary
    public static PythonError invalidValue(String name) {
        return PythonError.raise(PythonErrorType.ValueError, "memoryview: invalid value for format '" + name + "'");
    }
}
