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
        // the standard size of 'l'/'L' is 4; 'n', 'N', 'P' have no standard size
        BufferFormat kind = "nNP".indexOf(code) >= 0 ? null : kindOf(code, 4);
        return kind == null ? null : new ScalarItems(name, kind, bigEndian);
    }

    @Override
    public int itemsize() {
        return kind.itemsize();
    }

    @Override
    public BufferFormat valueKind() {
        return kind;
    }

    @Override
    public Object unpack(byte[] bytes, int at) {
        return decode(kind, bytes, at, bigEndian);
    }

    @Override
    public byte[] pack(Object value) {
        byte[] out = new byte[kind.itemsize()];
        encode(kind, value, name, out, 0, bigEndian);
        return out;
    }
}
