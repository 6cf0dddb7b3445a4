package org.mview.language.nodes.format;

import org.mview.language.buffer.StructFormat;

/**
 * Multi-item struct formats ({@code '<HHI'}, {@code '2h'}, {@code 'dxxxxi'}, {@code '4s'}): an item is
 * the tuple {@code struct.unpack} returns (a 1-tuple for {@code '4s'}), and packs from such a tuple.
 */
final class RecordItems extends ExtendedFormat {

    private final String name;
    private final StructFormat struct;

    RecordItems(String name, StructFormat struct) {
        this.name = name;
        this.struct = struct;
    }

    @Override
    public int itemsize() {
        return struct.size();
    }

    @Override
    public Object unpack(byte[] bytes, int at) {
        return StructCodec.unpackTuple(struct, bytes, at);
    }

    @Override
    public byte[] pack(Object value) {
        return StructCodec.pack(struct, name, value);
    }
}
