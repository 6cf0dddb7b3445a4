package org.mview.language.nodes.format;

import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.StructFormat;

/**
 * The items of a format that CPython 3.13's memoryview cannot read, for {@code mview.Extensions}:
 * a single struct code with an explicit byte order and standard size ({@code '<i'}, {@code '>d'},
 * {@code '!H'}, {@code '=q'}), a complex code ({@code 'Zf'}, {@code '>Zd'}), or any other format
 * {@code struct} understands (a record: {@code '<HHI'}, {@code '2h'}, {@code '4s'}), whose items are
 * tuples as {@code struct.unpack} returns them. Works on one item's bytes, in memory order.
 */
public abstract sealed class ExtendedFormat permits ScalarItems, ComplexItems, RecordItems {

    /** The items of {@code format}, or null for a native single-character format or one struct rejects. */
    public static ExtendedFormat parse(String format) {
        if (BufferFormat.parse(format) != BufferFormat.OTHER) {
            return null;
        }
        boolean prefixed = !format.isEmpty() && "@=<>!".indexOf(format.charAt(0)) >= 0;
        String body = prefixed ? format.substring(1) : format;
        boolean bigEndian = prefixed && (format.charAt(0) == '>' || format.charAt(0) == '!');
        if (body.equals("Zf") || body.equals("Zd")) {
            return new ComplexItems(format, body.charAt(1) == 'd', bigEndian);
        }
        if (prefixed && format.charAt(0) != '@' && body.length() == 1) {
            ScalarItems scalar = ScalarItems.of(format, body.charAt(0), bigEndian);
            if (scalar != null) {
                return scalar;
            }
        }
        StructFormat struct = StructFormat.parse(format);
        if (struct == null || struct.fields().isEmpty()) {
            return null;
        }
        return new RecordItems(format, struct);
    }

    /** The size of one item in bytes ({@code struct.calcsize}). */
    public abstract int itemsize();

    /** The Python value of the item in {@code bytes[at, at + itemsize)}. */
    public abstract Object unpack(byte[] bytes, int at);

    /** The bytes of {@code value} as an item, with CPython-style type and range errors. */
    public abstract byte[] pack(Object value);

    /**
     * The native format whose values this format's items take ({@code '<l'}: {@code i}, 4 bytes), or
     * {@link BufferFormat#OTHER} when items are not single numbers (records, complex).
     */
    public BufferFormat valueKind() {
        return BufferFormat.OTHER;
    }

    /**
     * The value model of a struct code at its size in the format (standard or native: only {@code l L}
     * differ), or null for a code that has none ({@code x s p} and unknown codes).
     */
    static BufferFormat kindOf(char code, int size) {
        return switch (code) {
            case 'c' -> BufferFormat.CHAR;
            case 'b' -> BufferFormat.BYTE;
            case 'B' -> BufferFormat.UBYTE;
            case '?' -> BufferFormat.BOOL;
            case 'h' -> BufferFormat.SHORT;
            case 'H' -> BufferFormat.USHORT;
            case 'i' -> BufferFormat.INT;
            case 'I' -> BufferFormat.UINT;
            case 'l' -> size == 8 ? BufferFormat.LONG : BufferFormat.INT;
            case 'L' -> size == 8 ? BufferFormat.ULONG : BufferFormat.UINT;
            case 'q' -> BufferFormat.LONGLONG;
            case 'Q' -> BufferFormat.ULONGLONG;
            case 'n' -> BufferFormat.SSIZE;
            case 'N' -> BufferFormat.SIZE;
            case 'P' -> BufferFormat.POINTER;
            case 'e' -> BufferFormat.HALF;
            case 'f' -> BufferFormat.FLOAT;
            case 'd' -> BufferFormat.DOUBLE;
            default -> null;
        };
    }

    /** One item of {@code kind} at {@code at}, in the given byte order, as a Python value (sign-extended as a native read). */
    static Object decode(BufferFormat kind, byte[] bytes, int at, boolean bigEndian) {
        int width = kind.itemsize();
        long bits = readBits(bytes, at, width, bigEndian);
        if (width < 8) {
            bits = (bits << (64 - 8 * width)) >> (64 - 8 * width);
        }
        return ItemCodec.unpack(kind, bits);
    }

    /** {@code value} packed as an item of {@code kind} at {@code at}, in the given byte order; errors name the format {@code name}. */
    static void encode(BufferFormat kind, Object value, String name, byte[] bytes, int at, boolean bigEndian) {
        writeBits(bytes, at, kind.itemsize(), bigEndian, ItemCodec.pack(kind, value, name));
    }

    /** Reads an unsigned integer of {@code width} bytes in the given order. */
    static long readBits(byte[] bytes, int at, int width, boolean bigEndian) {
        long bits = 0;
        for (int b = 0; b < width; b++) {
            int shift = bigEndian ? 8 * (width - 1 - b) : 8 * b;
            bits |= (bytes[at + b] & 0xFFL) << shift;
        }
        return bits;
    }

    /** Writes the low {@code width} bytes of {@code bits} in the given order. */
    static void writeBits(byte[] bytes, int at, int width, boolean bigEndian, long bits) {
        for (int b = 0; b < width; b++) {
            int shift = bigEndian ? 8 * (width - 1 - b) : 8 * b;
            bytes[at + b] = (byte) (bits >>> shift);
        }
    }
}
