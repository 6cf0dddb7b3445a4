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

/** Copies a run of bytes into a storage in one call where the storage kind allows. */
@GenerateUncached
public abstract class BulkWriteNode extends Node {

    static final int INTEROP_LIMIT = 3;

    public abstract void execute(Storage storage, long offset, byte[] source, int sourceOffset, int length);

    @Specialization
    static void doBytes(ByteArrayStorage storage, long offset, byte[] source, int sourceOffset, int length) {
        storage.copyFrom(offset, source, sourceOffset, length);
    }

    @Specialization
    static void doSegment(SegmentStorage storage, long offset, byte[] source, int sourceOffset, int length) {
        storage.copyFrom(offset, source, sourceOffset, length);
    }

    @Specialization(limit = "INTEROP_LIMIT")
    static void doInterop(InteropStorage storage, long offset, byte[] source, int sourceOffset, int length,
                    @CachedLibrary("storage.buffer()") InteropLibrary buffers) {
        storage.copyFrom(buffers, offset, source, sourceOffset, length);
    }

    public static BulkWriteNode create() {
        return BulkWriteNodeGen.create();
    }

    public static BulkWriteNode getUncached() {
        return BulkWriteNodeGen.getUncached();
    }
}
