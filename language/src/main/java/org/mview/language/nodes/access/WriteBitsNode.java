package org.mview.language.nodes.access;

import org.mview.language.buffer.ByteArrayStorage;
import org.mview.language.buffer.InteropStorage;
import org.mview.language.buffer.SegmentStorage;
import org.mview.language.buffer.Storage;

import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;

/** Writes the low 1, 2, 4 or 8 bytes of a long at a byte offset of a storage. */
@GenerateUncached
public abstract class WriteBitsNode extends Node {

    static final int INTEROP_LIMIT = 3;

    public abstract void execute(Storage storage, long offset, int width, long bits);

    @Specialization
    static void doBytes(ByteArrayStorage storage, long offset, int width, long bits) {
        storage.writeBits(offset, width, bits);
    }

    @Specialization
    static void doSegment(SegmentStorage storage, long offset, int width, long bits) {
        storage.writeBits(offset, width, bits);
    }

    @Specialization(limit = "INTEROP_LIMIT")
    static void doInterop(InteropStorage storage, long offset, int width, long bits,
                    @CachedLibrary("storage.buffer()") InteropLibrary buffers) {
        storage.writeBits(buffers, offset, width, bits);
    }

    public static WriteBitsNode create() {
        return WriteBitsNodeGen.create();
    }

    public static WriteBitsNode getUncached() {
        return WriteBitsNodeGen.getUncached();
    }
}
