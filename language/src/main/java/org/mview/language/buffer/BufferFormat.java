package org.mview.language.buffer;

import java.math.BigInteger;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.bytes.PBytes;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A struct format string parsed once. The native single-character formats (with an optional
 * {@code '@'}) are the ones memoryview can read and write item by item; every other format string
 * is {@link #OTHER}: such views still slice, copy and cast to bytes, but element access raises
 * CPython's {@code NotImplementedError}. Sizes are the LP64 native sizes.
 */
public enum BufferFormat {
    CHAR('c', 1),
    BYTE('b', 1),
    UBYTE('B', 1),
    BOOL('?', 1),
    SHORT('h', 2),
    USHORT('H', 2),
    INT('i', 4),
    UINT('I', 4),
    LONG('l', 8),
    ULONG('L', 8),
    LONGLONG('q', 8),
    ULONGLONG('Q', 8),
    SSIZE('n', 8),
    SIZE('N', 8),
    FLOAT('f', 4),
    DOUBLE('d', 8),
    HALF('e', 2),
    POINTER('P', 8),
    /** Any other format: standard sizes, repeat counts, structs, unknown characters. */
    OTHER('\0', 0);

    private final char code;
    private final int itemsize;

    BufferFormat(char code, int itemsize) {
        this.code = code;
        this.itemsize = itemsize;
    }

    public char code() {
        return code;
    }

    /** The native size in bytes; 0 for {@link #OTHER}, whose size comes from the exporter. */
    public int itemsize() {
        return itemsize;
    }

    public boolean isByteFormat() {
        return this == BYTE || this == UBYTE || this == CHAR;
    }

    public boolean isFloat() {
        return this == FLOAT || this == DOUBLE || this == HALF;
    }

    /** The native format for a format string: one character with an optional '@', else OTHER. */
    public static BufferFormat parse(String format) {
        if (format.length() == 1) {
            return ofChar(format.charAt(0));
        } else if (format.length() == 2 && format.charAt(0) == '@') {
            return ofChar(format.charAt(1));
        }
        return OTHER;
    }

    public static BufferFormat ofChar(char c) {
        return switch (c) {
            case 'c' -> CHAR;
            case 'b' -> BYTE;
            case 'B' -> UBYTE;
            case '?' -> BOOL;
            case 'h' -> SHORT;
            case 'H' -> USHORT;
            case 'i' -> INT;
            case 'I' -> UINT;
            case 'l' -> LONG;
            case 'L' -> ULONG;
            case 'q' -> LONGLONG;
            case 'Q' -> ULONGLONG;
            case 'n' -> SSIZE;
            case 'N' -> SIZE;
            case 'f' -> FLOAT;
            case 'd' -> DOUBLE;
            case 'e' -> HALF;
            case 'P' -> POINTER;
            default -> OTHER;
        };
    }

    /** CPython's {@code adjust_fmt} error for a format that element access does not understand. */
    @TruffleBoundary
    public static PythonError unsupported(String format) {
        String single = format.length() == 2 && format.charAt(0) == '@' ? format.substring(1) : format;
        if (single.length() == 1) {
            return PythonError.raise(PythonErrorType.NotImplementedError, "memoryview: format " + single + " not supported");
        }
        return PythonError.raise(PythonErrorType.NotImplementedError, "memoryview: unsupported format " + format);
    }

    /** Decodes the raw bits (as read by {@link ByteArrayStorage#readBits}, sign-extended) to a Python value. */
    public Object unpack(long bits) {
        return switch (this) {
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
    public long pack(Object value) {
        switch (this) {
            case CHAR:
                if (!(value instanceof PBytes b)) {
                    throw invalidType();
                }
                if (b.length() != 1) {
                    throw invalidValue();
                }
                return b.byteAt(0);
            case BOOL:
                return PyObjects.isTrue(value) ? 1 : 0;
            case FLOAT:
                return Float.floatToRawIntBits((float) packDouble(value));
            case DOUBLE:
                return Double.doubleToRawLongBits(packDouble(value));
            case HALF:
                short half = HalfFloat.fromDouble(packDouble(value));
                if (half == HalfFloat.OVERFLOW) {
                    throw invalidValue();
                }
                return half;
            case BYTE:
                return packSigned(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case SHORT:
                return packSigned(value, Short.MIN_VALUE, Short.MAX_VALUE);
            case INT:
                return packSigned(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG, LONGLONG, SSIZE:
                return packSigned(value, Long.MIN_VALUE, Long.MAX_VALUE);
            case UBYTE:
                return packUnsigned(value, 0xFFL);
            case USHORT:
                return packUnsigned(value, 0xFFFFL);
            case UINT:
                return packUnsigned(value, 0xFFFF_FFFFL);
            case ULONG, ULONGLONG, SIZE:
                return packUnsigned64(value);
            case POINTER:
                return packPointer(value);
            default:
                throw new IllegalStateException("OTHER has no element type");
        }
    }

    private double packDouble(Object value) {
        if (!PyObjects.isNumber(value)) {
            throw invalidType();
        }
        try {
            return PyObjects.asDouble(value);
        } catch (PythonError e) {
            throw invalidValue();
        }
    }

    private long packSigned(Object value, long min, long max) {
        if (!PyObjects.isIndex(value)) {
            throw invalidType();
        }
        Object index = PyObjects.index(value);
        if (index instanceof Long l && l >= min && l <= max) {
            return l;
        }
        throw invalidValue();
    }

    private long packUnsigned(Object value, long max) {
        if (!PyObjects.isIndex(value)) {
            throw invalidType();
        }
        Object index = PyObjects.index(value);
        if (index instanceof Long l && l >= 0 && l <= max) {
            return l;
        }
        throw invalidValue();
    }

    private long packUnsigned64(Object value) {
        if (!PyObjects.isIndex(value)) {
            throw invalidType();
        }
        Object index = PyObjects.index(value);
        if (index instanceof Long l) {
            if (l < 0) {
                throw invalidValue();
            }
            return l;
        }
        return bigToUnsigned((BigInteger) index, false);
    }

    /** {@code PyLong_AsVoidPtr}: negative values are taken as signed, large ones as unsigned. */
    private long packPointer(Object value) {
        if (!PyObjects.isIndex(value)) {
            throw invalidType();
        }
        Object index = PyObjects.index(value);
        if (index instanceof Long l) {
            return l;
        }
        return bigToUnsigned((BigInteger) index, true);
    }

    @TruffleBoundary
    private long bigToUnsigned(BigInteger value, boolean pointer) {
        if (value.signum() < 0 || value.bitLength() > 64) {
            throw invalidValue();
        }
        return value.longValue();
    }

    @TruffleBoundary
    public PythonError invalidType() {
        return PythonError.raise(PythonErrorType.TypeError, "memoryview: invalid type for format '" + code + "'");
    }

    @TruffleBoundary
    public PythonError invalidValue() {
        return PythonError.raise(PythonErrorType.ValueError, "memoryview: invalid value for format '" + code + "'");
    }
}
