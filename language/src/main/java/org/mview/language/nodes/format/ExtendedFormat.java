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
