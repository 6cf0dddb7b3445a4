package org.mview.language.nodes.format;

import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.Storage;
import org.mview.language.nodes.access.WriteBitsNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** Encodes a Python value in a native format (with CPython's checks) and writes it at a byte offset. */
@GenerateUncached
public abstract class PackNode extends Node {

    static final int FORMAT_LIMIT = 3;

    public abstract void execute(Storage storage, long offset, BufferFormat format, Object value);

    @Specialization(guards = "format == cachedFormat", limit = "FORMAT_LIMIT")
    static void doCached(Storage storage, long offset, @SuppressWarnings("unused") BufferFormat format, Object value,
                    @Cached("format") BufferFormat cachedFormat,
                    @Cached WriteBitsNode write) {
        write.execute(storage, offset, cachedFormat.itemsize(), ItemCodec.pack(cachedFormat, value));
    }

    @Specialization(replaces = "doCached")
    static void doGeneric(Storage storage, long offset, BufferFormat format, Object value,
                    @Cached WriteBitsNode write) {
        write.execute(storage, offset, format.itemsize(), ItemCodec.pack(format, value));
    }

    public static PackNode create() {
        return PackNodeGen.create();
    }

    public static PackNode getUncached() {
        return PackNodeGen.getUncached();
    }
}
