package org.mview.language.nodes.format;

import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.Storage;
import org.mview.language.nodes.access.ReadBitsNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * Reads one element of a native format at a byte offset and decodes it to a Python value. With a
 * cached format the width and the decoding fold to constants.
 */
@GenerateUncached
public abstract class UnpackNode extends Node {

    static final int FORMAT_LIMIT = 3;

    public abstract Object execute(Storage storage, long offset, BufferFormat format);

    @Specialization(guards = "format == cachedFormat", limit = "FORMAT_LIMIT")
    static Object doCached(Storage storage, long offset, @SuppressWarnings("unused") BufferFormat format,
                    @Cached("format") BufferFormat cachedFormat,
                    @Cached ReadBitsNode read) {
        return ItemCodec.unpack(cachedFormat, read.execute(storage, offset, cachedFormat.itemsize()));
    }

    @Specialization(replaces = "doCached")
    static Object doGeneric(Storage storage, long offset, BufferFormat format,
                    @Cached ReadBitsNode read) {
        return ItemCodec.unpack(format, read.execute(storage, offset, format.itemsize()));
    }

    public static UnpackNode create() {
        return UnpackNodeGen.create();
    }

    public static UnpackNode getUncached() {
        return UnpackNodeGen.getUncached();
    }
}
