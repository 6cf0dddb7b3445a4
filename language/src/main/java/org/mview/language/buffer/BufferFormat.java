package org.mview.language.buffer;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;

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
    private final String name;
    private final int itemsize;

    BufferFormat(char code, int itemsize) {
        this.code = code;
        this.name = String.valueOf(code);
        this.itemsize = itemsize;
    }

    public char code() {
        return code;
    }

    /** The format character as a string, for messages. */
    public String codeName() {
        return name;
    }

    /** The native size in bytes; 0 for {@link #OTHER}, whose size comes from the exporter. */
    public int itemsize() {
        return itemsize;
    }

    public boolean isByteFormat() {
        return this == BYTE || this == UBYTE || this == CHAR;
    }

    /** Whether every item of this format fits a Java {@code int} (b B h H i). */
    public boolean hasIntItems() {
        return this == BYTE || this == UBYTE || this == SHORT || this == USHORT || this == INT;
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
}
