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

/** Copies a run of bytes out of a storage in one call: arraycopy, segment copy or interop bulk read. */
@GenerateUncached
public abstract class BulkReadNode extends Node {

    static final int INTEROP_LIMIT = 3;

    public abstract void execute(Storage storage, long offset, byte[] destination, int destinationOffset, int length);

    @Specialization
    static void doBytes(ByteArrayStorage storage, long offset, byte[] destination, int destinationOffset, int length) {
        storage.copyTo(offset, destination, destinationOffset, length);
    }

    @Specialization
    static void doSegment(SegmentStorage storage, long offset, byte[] destination, int destinationOffset, int length) {
        storage.copyTo(offset, destination, destinationOffset, length);
    }

    @Specialization(limit = "INTEROP_LIMIT")
    static void doInterop(InteropStorage storage, long offset, byte[] destination, int destinationOffset, int length,
                    @CachedLibrary("storage.buffer()") InteropLibrary buffers) {
        storage.copyTo(buffers, offset, destination, destinationOffset, length);
    }

    public static BulkReadNode create() {
        return BulkReadNodeGen.create();
    }

    public static BulkReadNode getUncached() {
        return BulkReadNodeGen.getUncached();
    }
}
