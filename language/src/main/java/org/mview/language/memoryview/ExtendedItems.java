package org.mview.language.memoryview;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.nodes.access.BulkReadNode;
import org.mview.language.nodes.access.BulkWriteNode;
import org.mview.language.nodes.format.ExtendedFormat;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Element reads and writes under {@code mview.Extensions}: native formats take the usual path
 * ({@link MemoryViewOps}), byte-order, record and complex formats their {@link ExtendedFormat}. A
 * format neither understands raises CPython's {@code NotImplementedError}.
 */
final class ExtendedItems {

    private ExtendedItems() {
    }

    /** Whether the view's items are readable with the option on. */
    static boolean isSupported(BufferDescriptor v) {
        if (v.kind() != BufferFormat.OTHER) {
            return true;
        }
        ExtendedFormat f = ExtendedFormat.parse(v.format());
        return f != null && f.itemsize() == v.itemsize();
    }

    static ExtendedFormat itemsOf(BufferDescriptor v) {
        ExtendedFormat f = ExtendedFormat.parse(v.format());
        if (f == null || f.itemsize() != v.itemsize()) {
            throw BufferFormat.unsupported(v.format());
        }
        return f;
    }

    /**
     * The native format whose values the view's items take, for their type across interop
     * ({@link org.mview.language.runtime.ForeignValues#itemToInterop}): the view's own when native.
     */
    static BufferFormat valueKind(BufferDescriptor v) {
        if (v.kind() != BufferFormat.OTHER) {
            return v.kind();
        }
        return extendedValueKind(v.format());
    }

    @TruffleBoundary
    private static BufferFormat extendedValueKind(String format) {
        ExtendedFormat f = ExtendedFormat.parse(format);
        return f == null ? BufferFormat.OTHER : f.valueKind();
    }

    @TruffleBoundary
    static Object unpack(BufferDescriptor v, long offset) {
        if (v.kind() != BufferFormat.OTHER) {
            return MemoryViewOps.unpackNative(v, offset);
        }
        return unpack(v, itemsOf(v), offset);
    }

    /** The item at {@code offset} of a view whose extended format {@code f} the caller has parsed. */
    @TruffleBoundary
    static Object unpack(BufferDescriptor v, ExtendedFormat f, long offset) {
        byte[] item = new byte[v.itemsize()];
        BulkReadNode.getUncached().execute(v.storage(), offset, item, 0, item.length);
        return f.unpack(item, 0);
    }

    @TruffleBoundary
    static void pack(BufferDescriptor v, long offset, Object value) {
        if (v.kind() != BufferFormat.OTHER) {
            MemoryViewOps.packNative(v, offset, value);
            return;
        }
        pack(v, itemsOf(v), offset, value);
    }

    /** Writes {@code value} as the item at {@code offset} of a view whose extended format {@code f} the caller has parsed. */
    @TruffleBoundary
    static void pack(BufferDescriptor v, ExtendedFormat f, long offset, Object value) {
        byte[] item = f.pack(value);
        BulkWriteNode.getUncached().execute(v.storage(), offset, item, 0, item.length);
    }
}
