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

/**
 * Reads 1, 2, 4 or 8 bytes at a byte offset of a storage as the low bits of a long (sign-extended).
 * One specialization per storage kind; the width is a constant where the format is.
 */
@GenerateUncached
public abstract class ReadBitsNode extends Node {

    static final int INTEROP_LIMIT = 3;

    public abstract long execute(Storage storage, long offset, int width);

    @Specialization
    static long doBytes(ByteArrayStorage storage, long offset, int width) {
        return storage.readBits(offset, width);
    }

    @Specialization
    static long doSegment(SegmentStorage storage, long offset, int width) {
        return storage.readBits(offset, width);
    }

    @Specialization(limit = "INTEROP_LIMIT")
    static long doInterop(InteropStorage storage, long offset, int width,
                    @CachedLibrary("storage.buffer()") InteropLibrary buffers) {
        return storage.readBits(buffers, offset, width);
    }

    public static ReadBitsNode create() {
        return ReadBitsNodeGen.create();
    }

    public static ReadBitsNode getUncached() {
        return ReadBitsNodeGen.getUncached();
    }

}
