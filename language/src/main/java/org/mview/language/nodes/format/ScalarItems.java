package org.mview.language.nodes.format;

import org.mview.language.buffer.BufferFormat;

/**
 * Single-code formats with an explicit byte order and standard size ({@code '<i'}, {@code '>d'},
 * {@code '!H'}, {@code '=q'}, {@code '<e'}, {@code '>?'}): the value model of the native code of the same
 * size and signedness, with the bytes in the format's order. Codes without a standard size
 * ({@code n N P}) are not scalars (struct rejects them too).
 */
final class ScalarItems extends ExtendedFormat {

    private final String name;
    private final BufferFormat kind;
    private final boolean bigEndian;

    private ScalarItems(String name, BufferFormat kind, boolean bigEndian) {
        this.name = name;
        this.kind = kind;
        this.bigEndian = bigEndian;
    }

    static ScalarItems of(String name, char code, boolean bigEndian) {
        BufferFormat kind = switch (code) {
            case 'c' -> BufferFormat.CHAR;
            case 'b' -> BufferFormat.BYTE;
            case 'B' -> BufferFormat.UBYTE;
            case '?' -> BufferFormat.BOOL;
            case 'h' -> BufferFormat.SHORT;
            case 'H' -> BufferFormat.USHORT;
            case 'i', 'l' -> BufferFormat.INT;
            case 'I', 'L' -> BufferFormat.UINT;
            case 'q' -> BufferFormat.LONGLONG;
            case 'Q' -> BufferFormat.ULONGLONG;
            case 'e' -> BufferFormat.HALF;
            case 'f' -> BufferFormat.FLOAT;
            case 'd' -> BufferFormat.DOUBLE;
            default -> null;
        };
        return kind == null ? null : new ScalarItems(name, kind, bigEndian);
    }

    @Override
    public int itemsize() {
        return kind.itemsize();
    }

    @Override
    public Object unpack(byte[] bytes, int at) {
        int width = kind.itemsize();
        long bits = readBits(bytes, at, width, bigEndian);
        if (width < 8) {
            // sign-extend as the native read does; the codec masks the unsigned kinds
            bits = (bits << (64 - 8 * width)) >> (64 - 8 * width);
        }
        return ItemCodec.unpack(kind, bits);
    }

    @Override
    public byte[] pack(Object value) {
        byte[] out = new byte[kind.itemsize()];
        writeBits(out, 0, out.length, bigEndian, ItemCodec.pack(kind, value, name));
        return out;
    }
}
